// How each kind looks on the canvas. Colours are repeated in styles.css
// (--person etc.) for the badges and legend, so the two must stay in step.
import type cytoscape from 'cytoscape';
import type { Kind } from './types';

export const KIND_LOOK: Record<Kind, { color: string; shape: cytoscape.Css.NodeShape; size: number; label: string }> = {
  Person: { color: '#3b6fb6', shape: 'ellipse', size: 30, label: '人物 Person' },
  Organization: { color: '#e07b24', shape: 'round-rectangle', size: 32, label: '组织 Organization' },
  Technology: { color: '#3c9a4f', shape: 'round-diamond', size: 34, label: '技术 Technology' },
  Event: { color: '#9b59b6', shape: 'round-hexagon', size: 38, label: '活动 Event' },
  Talk: { color: '#2a9d9f', shape: 'round-rectangle', size: 22, label: '演讲 Talk' },
  Document: { color: '#8a7460', shape: 'round-tag', size: 22, label: '文档 Document' },
};

export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

/** Long talk titles would swamp the canvas; the full title is in the side panel. */
export function shortLabel(name: string, kind: string): string {
  const max = kind === 'Talk' || kind === 'Document' ? 16 : 24;
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

export function graphStyle(): cytoscape.StylesheetJson {
  const byKind = Object.entries(KIND_LOOK).map(([kind, look]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': look.color, shape: look.shape, width: look.size, height: look.size },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': 11,
        color: '#1d2430',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
        'border-width': 0,
        'background-color': '#999',
      },
    },
    ...byKind,
    // set by talk-sizes.ts from each node's talk count
    { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
    // Hubs and the user's own picks keep their labels when zoomed out (min-zoomed-font-size hides the rest).
    { selector: 'node[kind = "Event"]', style: { 'font-size': 13, 'font-weight': 'bold' } },
    {
      selector: 'node.root',
      style: { 'border-width': 3, 'border-color': '#1d2430', 'font-size': 14, 'font-weight': 'bold' },
    },
    { selector: 'node.truncated', style: { 'border-width': 2, 'border-style': 'dashed', 'border-color': '#1d2430' } },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': '#f2c14e', 'font-weight': 'bold', 'font-size': 14, 'z-index': 20 },
    },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': '#b8c0cc',
        'target-arrow-color': '#b8c0cc',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.7,
        'curve-style': 'bezier',
        'font-family': FONT_STACK,
        // Words on every edge once it is readable; zoomed out they fade away (hover shows them).
        label: 'data(words)',
        'font-size': 8,
        color: '#6b7280',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'edge[type = "MENTIONS"]', style: { 'line-style': 'dotted', opacity: 0.6 } },
    { selector: 'edge:selected', style: { 'line-color': '#f2c14e', 'target-arrow-color': '#f2c14e', width: 3 } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.dimmed', style: { opacity: 0.15 } },
    {
      selector: 'node.on-path',
      style: { 'border-width': 4, 'border-color': '#d62828', opacity: 1, 'z-index': 30, 'font-weight': 'bold' },
    },
    {
      selector: 'edge.on-path',
      style: {
        width: 4,
        'line-color': '#d62828',
        'target-arrow-color': '#d62828',
        opacity: 1,
        'z-index': 30,
        label: 'data(words)',
        color: '#d62828',
        'font-size': 9,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
      },
    },
  ];
}
