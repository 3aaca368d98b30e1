// A view's heading: the view's <h1>, which takes the focus when the user moves to another
// view or page, so that keyboard and screen-reader users start from the top of it.
import { useEffect, useRef } from 'preact/hooks';
import { useApp } from '../app/context.ts';

let firstRender = true;

export function ViewHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { route } = useApp();
  const key = `${route.view}/${route.rest.join('/')}`;
  useEffect(() => {
    // Not on the first load: the page starts at the top anyway, and the browser's own
    // focus is where a reload left it.
    if (firstRender) { firstRender = false; return; }
    ref.current?.focus();
  }, [key]);
  return <h1 ref={ref} tabIndex={-1} class="view-title">{children}</h1>;
}
