import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { compareNames } from '../../lib/domain';
import { KIND_ORDER } from '../../lib/graph-kinds';
import type { GraphLink, GraphNode, NetworkGraph } from '../../lib/network-graph';
import { EntityLink } from '../EntityLink';
import { Sources } from '../Sources';
import type { Selection } from './GraphCanvas';
import { KindSymbol } from './KindSymbol';

/**
 * The diagram as tables, for keyboard and screen-reader users (the canvas cannot be read): the same nodes and links,
 * with the same filters, and a button per row that opens the row in the details panel.
 */
export function GraphTextAlternative({
  graph,
  nodes,
  links,
  onSelect,
  linkLabel,
}: {
  graph: NetworkGraph;
  nodes: readonly GraphNode[];
  links: readonly GraphLink[];
  onSelect(selection: Selection, fromKeyboard?: boolean): void;
  linkLabel(link: GraphLink): string;
}) {
  const { t } = useI18n();
  // Rows are rendered only while their table is open: hundreds of rows with their sources would otherwise be
  // rendered again on every expansion and every choice in the picture.
  const [open, setOpen] = useState({ nodes: false, links: false });
  const degree = new Map<string, number>();
  for (const link of links) {
    degree.set(link.from.id, (degree.get(link.from.id) ?? 0) + 1);
    degree.set(link.to.id, (degree.get(link.to.id) ?? 0) + 1);
  }
  const sortedNodes = [...nodes].sort(
    (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || compareNames(a.name, b.name),
  );
  const nameOf = (id: string) => graph.nodes.get(id)?.name ?? id;
  const sortedLinks = [...links].sort(
    (a, b) => compareNames(nameOf(a.from.id), nameOf(b.from.id)) || compareNames(nameOf(a.to.id), nameOf(b.to.id)),
  );
  return (
    <section className="graph-text" aria-labelledby="graph-text-heading">
      <h2 id="graph-text-heading">{t('network.textAlternative')}</h2>
      <p className="hint">{t('network.textAlternativeHint')}</p>
      <details
        onToggle={(event) => {
          // Read now: React clears currentTarget once the handler returns, before the updater runs.
          const shown = event.currentTarget.open;
          setOpen((current) => ({ ...current, nodes: shown }));
        }}
      >
        <summary>{t('network.nodesTable', { count: nodes.length })}</summary>
        <table className="data-table">
          <caption className="visually-hidden">{t('network.nodesTable', { count: nodes.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('network.col.name')}</th>
              <th scope="col">{t('network.col.kind')}</th>
              <th scope="col">{t('network.col.degree')}</th>
              <th scope="col">{t('network.col.select')}</th>
            </tr>
          </thead>
          <tbody>
            {(open.nodes ? sortedNodes : []).map((node) => (
              <tr key={node.id}>
                <th scope="row">
                  <EntityLink id={node.id} name={node.name} />
                </th>
                <td>
                  <span className="kind-cell">
                    <KindSymbol kind={node.kind} /> {t(`kind.${node.kind}`)}
                  </span>
                </td>
                <td>{degree.get(node.id) ?? 0}</td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => onSelect({ type: 'node', id: node.id }, true)}
                    aria-label={t('network.selectNode', { name: node.name })}
                  >
                    {t('network.select')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <details
        onToggle={(event) => {
          // Read now: React clears currentTarget once the handler returns, before the updater runs.
          const shown = event.currentTarget.open;
          setOpen((current) => ({ ...current, links: shown }));
        }}
      >
        <summary>{t('network.linksTable', { count: links.length })}</summary>
        <table className="data-table">
          <caption className="visually-hidden">{t('network.linksTable', { count: links.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('network.col.from')}</th>
              <th scope="col">{t('network.col.link')}</th>
              <th scope="col">{t('network.col.to')}</th>
              <th scope="col">{t('network.col.sources')}</th>
              <th scope="col">{t('network.col.select')}</th>
            </tr>
          </thead>
          <tbody>
            {(open.links ? sortedLinks : []).map((link) => (
              <tr key={link.id}>
                <td>{nameOf(link.from.id)}</td>
                <td>{linkLabel(link)}</td>
                <td>{nameOf(link.to.id)}</td>
                <td>
                  <Sources citations={link.citations} />
                </td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => onSelect({ type: 'link', id: link.id }, true)}
                    aria-label={t('network.selectLink', { from: nameOf(link.from.id), to: nameOf(link.to.id) })}
                  >
                    {t('network.select')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
