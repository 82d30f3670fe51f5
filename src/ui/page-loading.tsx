export function PageLoading() {
  return (
    <p className="loading" role="status">
      Loading…
    </p>
  );
}
