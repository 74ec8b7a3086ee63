/**
 * The learned map of word vectors to the few values a word keeps in the shipped context network
 * (train-context-net.ts), and the sparse inputs it maps: a token's word vectors at each position
 * of its window, its markers and its flags.
 */

/** A token's inputs: the indices and values of those that are not 0. */
export interface SparseInput {
  index: Int32Array;
  value: Float32Array;
}

/**
 * A linear map of each word's vector to `size` values, learned with the network: the encoded
 * inputs (vectors, markers, flags) become the same inputs with projected vectors. Once trained,
 * `roundTo8Bits` rounds the projected vectors as the shipped network stores them.
 */
export class WordProjection {
  readonly weights: Float32Array;
  scale = 0;

  constructor(
    readonly size: number,
    readonly dimensions: number,
    readonly positions: number,
    random: () => number,
  ) {
    const spread = Math.sqrt(1 / dimensions);
    this.weights = Float32Array.from(
      { length: size * dimensions },
      () => (2 * random() - 1) * spread * Math.sqrt(3),
    );
  }

  /** Where raw input `r` sits: a vector component (position, dimension), or a flag. */
  private locate(r: number): { position: number; dimension: number } {
    const per = this.dimensions + 2;
    if (r >= this.positions * per) return { position: -1, dimension: r - this.positions * per };
    const position = Math.floor(r / per);
    return { position, dimension: r - position * per };
  }

  /** A vector's projection, rounded to 8 bits once `roundTo8Bits` has set the scale. */
  projectVector(vector: Float32Array, into: Float32Array, offset = 0): void {
    for (let c = 0; c < this.size; c += 1) {
      let e = 0;
      for (let d = 0; d < this.dimensions; d += 1)
        e += (this.weights[c * this.dimensions + d] as number) * (vector[d] as number);
      into[offset + c] =
        this.scale > 0 ? (Math.round((e / this.scale) * 127) * this.scale) / 127 : e;
    }
  }

  project(x: SparseInput): SparseInput {
    const { size, dimensions, positions } = this;
    const per = size + 2;
    const projected = new Float32Array(positions * size);
    const hasVector = new Uint8Array(positions);
    const index: number[] = [];
    const value: number[] = [];
    x.index.forEach((r, t) => {
      const { position, dimension } = this.locate(r);
      const v = x.value[t] as number;
      if (position === -1) {
        index.push(positions * per + dimension);
        value.push(v);
      } else if (dimension >= dimensions) {
        index.push(position * per + size + (dimension - dimensions));
        value.push(v);
      } else {
        hasVector[position] = 1;
        for (let c = 0; c < size; c += 1) {
          const at = position * size + c;
          projected[at] =
            (projected[at] as number) + (this.weights[c * dimensions + dimension] as number) * v;
        }
      }
    });
    hasVector.forEach((has, position) => {
      if (!has) return;
      for (let c = 0; c < size; c += 1) {
        let e = projected[position * size + c] as number;
        if (this.scale > 0) e = (Math.round((e / this.scale) * 127) * this.scale) / 127;
        index.push(position * per + c);
        value.push(e);
      }
    });
    return { index: Int32Array.from(index), value: Float32Array.from(value) };
  }

  /** Adds the gradient of the weights, given the gradient of each projected input. */
  addGradient(x: SparseInput, projected: SparseInput, inputGrad: Float32Array, grad: Float32Array) {
    const per = this.size + 2;
    const outer = new Float32Array(this.positions * this.size);
    projected.index.forEach((i, t) => {
      const position = Math.floor(i / per);
      const c = i - position * per;
      if (position < this.positions && c < this.size)
        outer[position * this.size + c] = inputGrad[t] as number;
    });
    x.index.forEach((r, t) => {
      const { position, dimension } = this.locate(r);
      if (position === -1 || dimension >= this.dimensions) return;
      const v = x.value[t] as number;
      for (let c = 0; c < this.size; c += 1) {
        const at = c * this.dimensions + dimension;
        grad[at] = (grad[at] as number) + (outer[position * this.size + c] as number) * v;
      }
    });
  }

  /** Rounds projected vectors to 8 bits, on the scale of the largest among `vectors`. */
  roundTo8Bits(vectors: Iterable<Float32Array>): void {
    this.scale = 0;
    const e = new Float32Array(this.size);
    let largest = 0;
    for (const v of vectors) {
      this.projectVector(v, e);
      for (const x of e) largest = Math.max(largest, Math.abs(x));
    }
    this.scale = largest;
  }
}
