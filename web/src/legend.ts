// The legend under the controls: what each shape and colour is, and what the
// line and border styles mean, drawn with the canvas's own colours and shapes.
import { h } from './dom';
import { EDGE_WORDS } from './edge-words';
import { KIND_LOOK } from './graph-style';
import { KINDS } from './types';

const SVG = 'http://www.w3.org/2000/svg';

/** A small picture of a node shape, close to cytoscape's. */
function shapeIcon(shape: string, color: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('aria-hidden', 'true');
  const points: Record<string, string> = {
    'round-diamond': '10,1 19,10 10,19 1,10',
    'round-hexagon': '5,2 15,2 19,10 15,18 5,18 1,10',
    'round-tag': '1,3 13,3 19,10 13,17 1,17',
  };
  let el: SVGElement;
  if (shape === 'ellipse') {
    el = document.createElementNS(SVG, 'circle');
    el.setAttribute('cx', '10');
    el.setAttribute('cy', '10');
    el.setAttribute('r', '8');
  } else if (points[shape]) {
    el = document.createElementNS(SVG, 'polygon');
    el.setAttribute('points', points[shape]);
  } else {
    el = document.createElementNS(SVG, 'rect');
    for (const [k, v] of Object.entries({ x: '2', y: '4', width: '16', height: '12', rx: '3' })) el.setAttribute(k, v);
  }
  el.setAttribute('fill', color);
  svg.append(el);
  return svg;
}

/** Two circles, small and large: a node's size says how many talks it has. */
function sizeIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 28 16');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  for (const [cx, r] of [
    ['5', '3'],
    ['18', '7'],
  ]) {
    const c = document.createElementNS(SVG, 'circle');
    for (const [k, v] of Object.entries({ cx, cy: '8', r, fill: '#8a93a3' })) c.setAttribute(k, v);
    svg.append(c);
  }
  return svg;
}

function lineIcon(style: 'solid' | 'dotted' | 'dashed-border' | 'path'): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 28 12');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  if (style === 'dashed-border') {
    const c = document.createElementNS(SVG, 'circle');
    for (const [k, v] of Object.entries({
      cx: '14',
      cy: '6',
      r: '5',
      fill: '#fff',
      stroke: '#1d2430',
      'stroke-dasharray': '2 2',
    }))
      c.setAttribute(k, v);
    svg.append(c);
    return svg;
  }
  const l = document.createElementNS(SVG, 'line');
  for (const [k, v] of Object.entries({ x1: '1', y1: '6', x2: '27', y2: '6' })) l.setAttribute(k, v);
  l.setAttribute('stroke', style === 'path' ? '#d62828' : '#8a93a3');
  l.setAttribute('stroke-width', style === 'path' ? '3' : '1.5');
  if (style === 'dotted') l.setAttribute('stroke-dasharray', '1.5 2.5');
  svg.append(l);
  return svg;
}

export function renderLegend(into: HTMLElement): void {
  const kinds = KINDS.map((kind) =>
    h('li', { 'data-kind': kind }, shapeIcon(KIND_LOOK[kind].shape, KIND_LOOK[kind].color), KIND_LOOK[kind].label),
  );
  const styles = [
    h(
      'li',
      {
        'data-style': 'size',
        title: "a person's talks, an organization's people's, the talks about a technology or at an event",
      },
      sizeIcon(),
      'size: number of talks · 大小：演讲数量',
    ),
    h('li', { 'data-style': 'solid' }, lineIcon('solid'), 'stated in a document · 文中明确陈述的关系'),
    h(
      'li',
      { 'data-style': 'dotted' },
      lineIcon('dotted'),
      `${EDGE_WORDS.MENTIONS.zh} ${EDGE_WORDS.MENTIONS.en}: a document names it`,
    ),
    h('li', { 'data-style': 'dashed-border' }, lineIcon('dashed-border'), 'more neighbours on the server · 还有更多'),
    h('li', { 'data-style': 'path' }, lineIcon('path'), 'on the shortest path · 最短路径'),
  ];
  into.append(h('ul', { class: 'legend-kinds' }, ...kinds), h('ul', { class: 'legend-styles' }, ...styles));
}
