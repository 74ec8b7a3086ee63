import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from '../ui/shared/routes';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

export function useHashRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, getHash));
}
