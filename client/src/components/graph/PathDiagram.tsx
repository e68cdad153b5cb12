import { useI18n } from '../../i18n/use-i18n';
import { linkLabel } from '../../lib/link-label';
import type { GraphLink, GraphNode } from '../../lib/network-graph';
import { EntityLink } from '../EntityLink';
import { Sources } from '../Sources';
import { KindSymbol } from './KindSymbol';

/**
 * A path drawn as a line: each entity as a chip in its kind's colour and shape, and between two chips the step —
 * each link joining them (two roles in one place are one step), its direction, its title or relation, and its
 * sources one click away.
 */
export function PathDiagram({
  nodes,
  steps,
}: {
  nodes: readonly GraphNode[];
  steps: readonly (readonly GraphLink[])[];
}) {
  const { t } = useI18n();
  return (
    <ol className="path-diagram" aria-label={t('connection.diagram')}>
      {nodes.map((node, index) => {
        const links = steps[index] ?? [];
        return (
          <li key={node.id}>
            <span className="path-node">
              <KindSymbol kind={node.kind} />
              <span>
                <EntityLink id={node.id} name={node.name} />
                <span className="path-kind">{t(`kind.${node.kind}`)}</span>
              </span>
            </span>
            {links.map((link) => {
              const forward = link.from.id === node.id;
              return (
                <span key={link.id} className={`path-link ${forward ? 'forward' : 'backward'}`}>
                  <span className="path-arrow" aria-hidden="true">
                    {forward ? '→' : '←'}
                  </span>
                  <span className="path-link-label">{linkLabel(link, t)}</span>
                  {link.citations.length > 0 ? (
                    <Sources citations={link.citations} />
                  ) : (
                    <span className="hint">{t('connection.noSources')}</span>
                  )}
                </span>
              );
            })}
          </li>
        );
      })}
    </ol>
  );
}
