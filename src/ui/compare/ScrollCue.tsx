import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';

/**
 * Compare's columns side by side, each at least a readable width. When they are wider than the
 * screen, a line above says more lie to the right and a shade marks the right edge, so the
 * last columns are never cut off without a cue.
 */
export function ScrollCue({ count, children }: { count: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState(0);

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => {
      const column = box.firstElementChild?.getBoundingClientRect().width ?? 0;
      const beyond = box.scrollWidth - box.clientWidth - box.scrollLeft;
      setHidden(column > 0 && beyond > 4 ? Math.ceil(beyond / column) : 0);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    box.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      box.removeEventListener('scroll', measure);
    };
  }, [count]);

  return (
    <div className="compare-columns-frame">
      <p className="compare-scroll-cue" aria-live="polite">
        {hidden > 0 &&
          `${hidden === 1 ? 'One more article' : `${hidden} more articles`} to the right: scroll sideways (Shift+wheel, or swipe), or choose what to compare above. →`}
      </p>
      <div
        ref={ref}
        className={hidden > 0 ? 'compare-columns has-more' : 'compare-columns'}
        style={{ '--columns': count } as CSSProperties}
      >
        {children}
      </div>
    </div>
  );
}
