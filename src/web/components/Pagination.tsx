/** "Vorige / Pagina x van y / Volgende" under a list; renders nothing when there is one page. */
export function Pagination({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  if (pages <= 1) return null;
  return (
    <nav className="wr-pagination" aria-label="Paginering">
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        Vorige
      </button>
      <span>
        Pagina {page} van {pages}
      </span>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        Volgende
      </button>
    </nav>
  );
}
