// Videos for Chromium's fake camera (--use-file-for-fake-video-capture): QR codes drawn
// from the `qrcode` package's matrix into raw Y4M frames, written at test time (nothing
// binary is committed and no ffmpeg is needed). Y4M is a one-line text header and then,
// per frame, "FRAME\n" and the I420 planes: luma (one byte per pixel), then the two
// quarter-size chroma planes, here a neutral 128 so the picture is grey-scale.
// Chromium plays the file in a loop and reads it when a page opens the camera, so a
// test may rewrite it between two scans.

import { closeSync, openSync, writeSync } from 'node:fs';
import QRCode from 'qrcode';
import { CHROMIUM_ARGS, executablePath } from '../../../playwright.config';

export type Scene = {
  /** The text of the QR code shown, or null for an empty (white) picture. */
  readonly qr: string | null;
  /** How long the scene lasts, in frames. */
  readonly frames: number;
};

export type VideoOptions = {
  readonly width?: number;
  readonly height?: number;
  readonly fps?: number;
  /** Pixels per QR module; the code is centred. */
  readonly moduleSize?: number;
};

const WHITE = 255;
const BLACK = 0;

/** The luma plane of one picture: a QR code (with its quiet zone) centred on white. */
function qrLuma(text: string | null, width: number, height: number, moduleSize: number) {
  const luma = new Uint8Array(width * height).fill(WHITE);
  if (text === null) return luma;
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size * moduleSize;
  if (size + 8 * moduleSize > Math.min(width, height)) {
    throw new RangeError(`A ${modules.size}-module code does not fit ${width}×${height}`);
  }
  const left = Math.floor((width - size) / 2);
  const top = Math.floor((height - size) / 2);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < moduleSize; y++) {
        const start = (top + row * moduleSize + y) * width + left + col * moduleSize;
        luma.fill(BLACK, start, start + moduleSize);
      }
    }
  }
  return luma;
}

/** Writes the scenes, in order, as one Y4M file (Chromium loops it). */
export function writeY4m(path: string, scenes: readonly Scene[], options: VideoOptions = {}) {
  const { width = 640, height = 480, fps = 10, moduleSize = 6 } = options;
  const chroma = new Uint8Array((width / 2) * (height / 2) * 2).fill(128);
  const frameHeader = Buffer.from('FRAME\n');
  const file = openSync(path, 'w');
  try {
    writeSync(file, `YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
    for (const scene of scenes) {
      const luma = qrLuma(scene.qr, width, height, moduleSize);
      for (let frame = 0; frame < scene.frames; frame++) {
        writeSync(file, frameHeader);
        writeSync(file, luma);
        writeSync(file, chroma);
      }
    }
  } finally {
    closeSync(file);
  }
}

/** Launch options for a Chromium whose camera plays `video` (allowed without a prompt). */
export function fakeCameraLaunchOptions(video: string) {
  return {
    executablePath,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  };
}
