import { routeHref } from '../shared/routes';
export function NotFoundView({ path }: { path: string }) {
  return (
    <section aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">Nothing here</h1>
      <p>
        Slant has no page at <code>{path}</code>.{' '}
        <a href={routeHref({ name: 'library' })}>Go to the library</a>
      </p>
    </section>
  );
}
