import type cytoscape from 'cytoscape';
import { useI18n } from '../../i18n/use-i18n';
import { fileNameOf, saveBlob } from '../../lib/download';

// cytoscape-svg adds cy.svg(); its typings do not exist, so the one call is typed here.
type WithSvg = cytoscape.Core & { svg(options: { full?: boolean; scale?: number; bg?: string }): string };

/**
 * The picture as a file, for a report or a slide: PNG (cytoscape's own renderer, at twice the size for print)
 * and SVG (cytoscape-svg draws the same picture as vector shapes and text). The whole picture, not only the part in
 * view, with the labels that are drawn now.
 */
export function GraphExport({ cy, title }: { cy: cytoscape.Core | null; title: string }) {
  const { t } = useI18n();
  const png = async () => {
    if (!cy) return;
    const blob = await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
    saveBlob(blob, fileNameOf(title, 'png'));
  };
  const svg = () => {
    if (!cy) return;
    const text = (cy as WithSvg).svg({ full: true, scale: 1, bg: '#ffffff' });
    saveBlob(new Blob([text], { type: 'image/svg+xml' }), fileNameOf(title, 'svg'));
  };
  return (
    <>
      <button type="button" onClick={png} disabled={!cy} aria-label={t('network.downloadPng')}>
        PNG
      </button>
      <button type="button" onClick={svg} disabled={!cy} aria-label={t('network.downloadSvg')}>
        SVG
      </button>
    </>
  );
}
