import { saveBlob } from './download';

// A chart's picture as a file (for the annual report): the SVG as drawn, and a PNG made from it on a canvas.

/** The chart's SVG as a standalone file: namespaced, with its size and a white background. */
export function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute('width', String(Math.round(width)));
  copy.setAttribute('height', String(Math.round(height)));
  copy.style.background = '#ffffff';
  return new XMLSerializer().serializeToString(copy);
}

export function downloadSvg(svg: SVGSVGElement, fileName: string) {
  saveBlob(new Blob([svgText(svg)], { type: 'image/svg+xml' }), fileName);
}

/** Draws the SVG on a canvas at twice its size (sharp in print) and saves it as a PNG. */
export async function downloadPng(svg: SVGSVGElement, fileName: string) {
  const { width, height } = svg.getBoundingClientRect();
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    const scale = 2;
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) return;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob) saveBlob(blob, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}
