import { type RefObject, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { isRoleLink } from '../../lib/link-label';
import type { GraphLink, GraphNode, NetworkGraph } from '../../lib/network-graph';
import { KindBadge } from '../KindBadge';
import { Period } from '../Period';
import { SourceQuotes } from '../SourceQuotes';
import type { Selection } from './GraphCanvas';

interface GraphSidePanelProps {
  graph: NetworkGraph;
  /** The links currently drawn: the node's list shows only what the picture shows. */
  visibleLinks: readonly GraphLink[];
  selection: Selection;
  centreId: string;
  /** The address that makes a node the centre, keeping the view's distance and filters. */
  centreHref(id: string): string;
  expanded: ReadonlySet<string>;
  expanding: string | null;
  /** Bumped when the selection was made from the keyboard elsewhere, so focus follows it here. */
  focusKey: number;
  onSelect(selection: Selection, fromKeyboard?: boolean): void;
  onExpand(id: string): void;
  linkLabel(link: GraphLink): string;
}

/** Details of the chosen node or link: what it is, where to go from here, and for a link every source quote. */
export function GraphSidePanel(props: GraphSidePanelProps) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const { selection, graph, focusKey } = props;

  useEffect(() => {
    if (focusKey > 0) heading.current?.focus();
  }, [focusKey]);

  const node = selection?.type === 'node' ? graph.nodes.get(selection.id) : undefined;
  const link = selection?.type === 'link' ? graph.links.get(selection.id) : undefined;

  return (
    <aside className="graph-panel" aria-labelledby="graph-panel-heading">
      {!node && !link && (
        <>
          <h2 id="graph-panel-heading" ref={heading} tabIndex={-1}>
            {t('network.panel')}
          </h2>
          <p className="hint">{t('network.panelEmpty')}</p>
        </>
      )}
      {node && <NodeDetails node={node} heading={heading} {...props} />}
      {link && <LinkDetails link={link} heading={heading} {...props} />}
    </aside>
  );
}

function CloseButton({ onSelect }: Pick<GraphSidePanelProps, 'onSelect'>) {
  const { t } = useI18n();
  return (
    <button type="button" className="panel-close" onClick={() => onSelect(null)} aria-label={t('network.close')}>
      ×
    </button>
  );
}

function NodeDetails({
  node,
  heading,
  graph,
  visibleLinks,
  centreId,
  centreHref,
  expanded,
  expanding,
  onSelect,
  onExpand,
  linkLabel,
}: GraphSidePanelProps & { node: GraphNode; heading: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useI18n();
  const own = visibleLinks.filter((link) => link.from.id === node.id || link.to.id === node.id);
  const isExpanded = expanded.has(node.id);
  return (
    <>
      <div className="panel-head">
        <KindBadge kind={node.kind} />
        {node.id === centreId && <span className="centre-mark">{t('network.centreMark')}</span>}
        <CloseButton onSelect={onSelect} />
      </div>
      <h2 id="graph-panel-heading" ref={heading} tabIndex={-1}>
        {node.name}
      </h2>
      <div className="panel-actions">
        <button type="button" onClick={() => onExpand(node.id)} disabled={isExpanded || expanding !== null}>
          {expanding === node.id ? t('network.expanding') : isExpanded ? t('network.expanded') : t('network.expand')}
        </button>
        <ul>
          <li>
            <Link to={`/entity/${encodeURIComponent(node.id)}`}>{t('network.openEntity', { name: node.name })}</Link>
          </li>
          {node.id !== centreId && (
            <li>
              <Link to={centreHref(node.id)}>{t('network.makeCentre')}</Link>
            </li>
          )}
          <li>
            <Link to={`/forbindelse?fra=${encodeURIComponent(node.id)}`}>{t('network.findConnection')}</Link>
          </li>
        </ul>
      </div>
      <h3>{t('network.nodeLinks', { count: own.length })}</h3>
      <ul className="panel-links">
        {own.map((link) => {
          const outgoing = link.from.id === node.id;
          const other = graph.nodes.get(outgoing ? link.to.id : link.from.id);
          return (
            <li key={link.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => onSelect({ type: 'link', id: link.id }, true)}
              >
                <span aria-hidden="true">{outgoing ? '→ ' : '← '}</span>
                <span className="panel-link-label">{linkLabel(link)}</span> {other?.name}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function LinkDetails({
  link,
  heading,
  graph,
  onSelect,
  linkLabel,
}: GraphSidePanelProps & { link: GraphLink; heading: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useI18n();
  const from = graph.nodes.get(link.from.id);
  const to = graph.nodes.get(link.to.id);
  const isRole = isRoleLink(link.type);
  return (
    <>
      <div className="panel-head">
        <span className="kind-badge">{t('network.link')}</span>
        <CloseButton onSelect={onSelect} />
      </div>
      <h2 id="graph-panel-heading" ref={heading} tabIndex={-1}>
        {linkLabel(link)}
      </h2>
      <p className="panel-link-ends">
        {from && (
          <button type="button" className="link-button" onClick={() => onSelect({ type: 'node', id: from.id }, true)}>
            {from.name}
          </button>
        )}
        <span aria-hidden="true"> → </span>
        <span className="visually-hidden"> – </span>
        {to && (
          <button type="button" className="link-button" onClick={() => onSelect({ type: 'node', id: to.id }, true)}>
            {to.name}
          </button>
        )}
      </p>
      <dl className="details">
        <div>
          <dt>{t('network.linkType')}</dt>
          <dd>{t(`linkType.${link.type}`)}</dd>
        </div>
        {link.label && (
          <div>
            <dt>{isRole ? t('role.title') : t('network.linkLabel')}</dt>
            <dd>{link.label}</dd>
          </div>
        )}
        <div>
          <dt>{t('network.period')}</dt>
          <dd>
            <Period validFrom={link.validFrom} validTo={link.validTo} />
          </dd>
        </div>
      </dl>
      <h3>{t('network.sources', { count: link.citations.length })}</h3>
      {link.citations.length === 0 ? (
        <p>{t('network.noSources')}</p>
      ) : (
        <SourceQuotes citations={link.citations} className="panel-sources" />
      )}
    </>
  );
}
