/**
 * Saves the Compare chart as a file. FiguresChart draws a self-contained SVG (sizes, colours and
 * fonts as attributes, a white background), so its markup alone is a complete image; the PNG is
 * that markup drawn through an <img> from a blob: URL onto a canvas, which the app's CSP allows
 * (img-src blob:) and which needs no network.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const PROLOG = '<?xml version="1.0" encoding="UTF-8"?>\n';
// An image that neither loads nor fails in this time is reported rather than waited on forever.
const LOAD_TIMEOUT_MS = 10_000;

/** The chart as a standalone SVG file: an XML prolog, then the `<svg>` with its namespace. */
export function svgMarkup(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  return `${PROLOG}${new XMLSerializer().serializeToString(copy)}\n`;
}

/** The chart's size in SVG units, from its width and height, else from its viewBox. */
function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const width = Number.parseFloat(svg.getAttribute('width') ?? '');
  const height = Number.parseFloat(svg.getAttribute('height') ?? '');
  if (width > 0 && height > 0) return { width, height };
  const [, , boxWidth = 0, boxHeight = 0] = (svg.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (boxWidth > 0 && boxHeight > 0) return { width: boxWidth, height: boxHeight };
  throw new Error('The chart has no size, so it cannot be drawn as a PNG.');
}

function loadImage(url: string, width: number, height: number): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image(width, height);
    const timer = setTimeout(
      () => reject(new Error('The browser took too long to draw the chart as an image.')),
      LOAD_TIMEOUT_MS,
    );
    image.onload = () => {
      clearTimeout(timer);
      resolve(image);
    };
    image.onerror = () => {
      clearTimeout(timer);
      reject(new Error('The browser could not read the chart as an image.'));
    };
    image.src = url;
  });
}

function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    try {
      canvas.toBlob((blob) => {
        if (blob) resolve(blob);
        else reject(new Error('The browser could not make a PNG of the chart.'));
      }, 'image/png');
    } catch (cause) {
      // A canvas the browser considers tainted refuses to export (SecurityError).
      reject(new Error('The browser would not let the chart be saved as a PNG.', { cause }));
    }
  });
}

/** The chart as a PNG, `scale` times its size in SVG units (2: sharp on high-density screens). */
export async function svgToPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = sizeOf(svg);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context || typeof URL.createObjectURL !== 'function') {
    throw new Error('This browser cannot draw the chart as a PNG. Try the SVG download instead.');
  }
  const url = URL.createObjectURL(new Blob([svgMarkup(svg)], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url, width, height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await canvasToPng(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}
