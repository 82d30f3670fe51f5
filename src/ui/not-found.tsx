import { Link } from 'wouter';
import { usePageHeading } from './use-page-heading';

export function NotFound({ what = 'page' }: { what?: string }) {
  const heading = usePageHeading<HTMLHeadingElement>(`Not found`);
  return (
    <section className="page narrow">
      <h1 ref={heading} tabIndex={-1}>
        We couldn't find that {what}
      </h1>
      <p>The link may be mistyped, or the page may have moved.</p>
      <p>
        <Link href="/" className="button">
          See all situations
        </Link>
      </p>
    </section>
  );
}
