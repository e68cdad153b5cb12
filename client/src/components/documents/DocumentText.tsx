import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { TextPiece } from '../../lib/highlights';

type Highlight = Extract<TextPiece, { type: 'highlight' }>;

/**
 * A document's text as written (line breaks kept), cut into pieces once (lib/highlights.ts): page breaks shown as
 * "Side n", each highlight drawn by the caller (the reader's cited quotes, the review screen's proposals).
 */
export function DocumentText({
  id,
  pieces,
  label,
  renderHighlight,
}: {
  id: string;
  pieces: readonly TextPiece[];
  label: string;
  renderHighlight: (piece: Highlight, children: ReactNode) => ReactNode;
}) {
  const { t } = useI18n();
  const page = (number: number, key: string) => (
    <span key={key} className="page-break">
      {t('reader.page', { page: number })}
    </span>
  );
  return (
    <div id={id} className="document-text" tabIndex={-1} role="document" aria-label={label}>
      {pieces.map((piece, index) => {
        // A text that opens with blank lines (the seed's Markdown files) starts at its first line.
        if (piece.type === 'text') return index === 0 ? piece.text.replace(/^\n+/, '') : piece.text;
        if (piece.type === 'page') return page(piece.page, `page-${piece.page}`);
        return renderHighlight(
          piece,
          piece.parts.map((part, partIndex) =>
            part.type === 'text' ? part.text : page(part.page, `page-${part.page}-${index}-${partIndex}`),
          ),
        );
      })}
    </div>
  );
}
