// "Scan results" (issue 11): the trainer's camera reads participants' result QR codes one
// after another. Each valid result is added at once through the same repository function
// as every other way in, with a tone, a vibration, a message and the count going up; a
// result already there is recognised; a damaged or foreign code gets a short message and
// scanning goes on; a result made for another workshop waits for the trainer's yes.
// Without a camera (refused, missing, busy) a photo of the code does the same job.

import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StorageError } from '../../db/storage-errors';
import { addParticipants } from '../../db/workshops';
import { createScanGate, readScannedCode } from '../../domain/scanned-code';
import { sharedNames, type SharedResult } from '../../domain/share-code';
import { candidateFromShared, type Workshop } from '../../domain/workshop';
import { FilePicker } from '../../ui/file-picker';
import { UserText, sentence } from '../../ui/user-text';
import { ArrivalCount } from './arrival-count';
import { loadQrReader, type QrReader } from './qr-reader';
import { createFeedback, type Feedback, type FeedbackKind } from './scan-feedback';
import { useCamera, type CameraProblem } from './use-camera';

/** Frames are scaled down to this many pixels on their long side before reading. */
const MAX_FRAME_SIDE = 960;
const MAX_PHOTO_SIDE = 1600;
/** At most one frame is read per this many milliseconds (the rest of the time is the UI's). */
const FRAME_INTERVAL_MS = 90;
const TOAST_MS = 6000;
/** Marked when a scanned participant is stored; npm run bench times it. */
const STORED_MARK = 'centricity:participant-stored';

type Toast = { id: number; kind: FeedbackKind; text: ReactNode };
type ReaderState =
  { status: 'loading' } | { status: 'ready'; reader: QrReader } | { status: 'failed' };

type Props = {
  workshop: Workshop;
  count: number;
  onClose: () => void;
  /** Compact: a small window over the projector's slides. */
  compact?: boolean;
};

/** Draws a picture into a canvas no larger than `maxSide` and returns its pixels. */
function pixelsOf(
  canvas: HTMLCanvasElement,
  picture: CanvasImageSource,
  width: number,
  height: number,
  maxSide: number,
): ImageData | undefined {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  context.drawImage(picture, 0, 0, canvas.width, canvas.height);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

export function Scanner({ workshop, count, onClose, compact = false }: Props) {
  const { t } = useTranslation(['workshop', 'common']);
  const camera = useCamera();
  const [reader, setReader] = useState<ReaderState>({ status: 'loading' });
  const [toast, setToast] = useState<Toast>();
  const [pending, setPending] = useState<SharedResult[]>([]);
  const [photoBusy, setPhotoBusy] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const feedback = useRef<Feedback | undefined>(undefined);
  const toastId = useRef(0);
  const gate = useRef(createScanGate());
  const headingId = useId();
  const cameraId = useId();

  const tag = workshop.tag ?? null;
  const { start } = camera;

  // The feedback's AudioContext is created here, right after the click that opened the
  // scanner, so browsers let it play.
  useEffect(() => {
    const created = createFeedback();
    feedback.current = created;
    void start();
    let cancelled = false;
    loadQrReader().then(
      (loaded) => !cancelled && setReader({ status: 'ready', reader: loaded }),
      () => !cancelled && setReader({ status: 'failed' }),
    );
    return () => {
      cancelled = true;
      created.close();
    };
  }, [start]);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(undefined), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  const say = useCallback((kind: FeedbackKind, text: ReactNode) => {
    feedback.current?.signal(kind);
    setToast({ id: ++toastId.current, kind, text });
  }, []);

  /** The participant's shared name (isolated in the sentence), or "an anonymous participant". */
  const who = useCallback(
    (shared: SharedResult) => {
      const label = sharedNames(shared).join(' — ');
      return label || t('scan.anonymous');
    },
    [t],
  );
  const aboutWho = useCallback(
    (key: 'scan.added' | 'scan.duplicate', shared: SharedResult) => (
      <>{sentence((values) => t(key, values), { who: <UserText>{who(shared)}</UserText> })}</>
    ),
    [t, who],
  );

  const add = useCallback(
    async (shared: SharedResult) => {
      try {
        const outcome = await addParticipants(workshop.id, [candidateFromShared(shared, 'scan')]);
        if (outcome.added > 0) {
          performance.mark(STORED_MARK);
          say('added', aboutWho('scan.added', shared));
        } else {
          say('duplicate', aboutWho('scan.duplicate', shared));
        }
      } catch (error) {
        const kind = error instanceof StorageError ? error.kind : 'unknown';
        say('problem', t('scan.writeFailed', { reason: t(`common:errors.storage.${kind}`) }));
      }
    },
    [aboutWho, say, t, workshop.id],
  );

  const handle = useCallback(
    (text: string) => {
      const scanned = readScannedCode(text, tag);
      switch (scanned.kind) {
        case 'result':
          if (scanned.otherWorkshop) {
            feedback.current?.signal('problem');
            setPending((queue) =>
              queue.some((item) => item.resultId === scanned.shared.resultId && item.resultId)
                ? queue
                : [...queue, scanned.shared],
            );
          } else {
            void add(scanned.shared);
          }
          return;
        case 'damaged':
          say('problem', t('scan.damaged', { problem: t(`add.linkErrors.${scanned.error}`) }));
          return;
        case 'invite':
          say('problem', t('scan.invite'));
          return;
        case 'foreign':
          say('problem', t('scan.foreign'));
      }
    },
    [add, say, t, tag],
  );
  const handleRef = useRef(handle);
  useEffect(() => {
    handleRef.current = handle;
  }, [handle]);

  // The scanning loop: one frame at a time, never two reads at once.
  const stream = camera.state.status === 'live' ? camera.state.stream : undefined;
  const ready = reader.status === 'ready' ? reader.reader : undefined;
  useEffect(() => {
    const element = video.current;
    if (!stream || !ready || !element) return;
    element.srcObject = stream;
    void element.play().catch(() => undefined);
    const canvas = document.createElement('canvas');
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = async () => {
      if (stopped) return;
      const began = performance.now();
      if (element.readyState >= 2 && element.videoWidth > 0) {
        const pixels = pixelsOf(
          canvas,
          element,
          element.videoWidth,
          element.videoHeight,
          MAX_FRAME_SIDE,
        );
        try {
          const texts = pixels ? await ready.read(pixels) : [];
          const now = performance.now();
          for (const text of texts) {
            if (!stopped && gate.current(text, now)) handleRef.current(text);
          }
        } catch {
          // A frame that cannot be read is skipped; the next one is tried.
        }
      }
      if (stopped) return;
      timer = setTimeout(step, Math.max(0, FRAME_INTERVAL_MS - (performance.now() - began)));
    };
    void step();
    return () => {
      stopped = true;
      clearTimeout(timer);
      element.srcObject = null;
    };
  }, [stream, ready]);

  const scanPhoto = async (file: File) => {
    setPhotoBusy(true);
    try {
      const photoReader = ready ?? (await loadQrReader());
      let bitmap: ImageBitmap;
      try {
        bitmap = await createImageBitmap(file);
      } catch {
        say(
          'problem',
          sentence((values) => t('scan.photoUnreadable', values), {
            file: <UserText>{file.name}</UserText>,
          }),
        );
        return;
      }
      const pixels = pixelsOf(
        document.createElement('canvas'),
        bitmap,
        bitmap.width,
        bitmap.height,
        MAX_PHOTO_SIDE,
      );
      bitmap.close();
      const texts = pixels ? await photoReader.read(pixels) : [];
      if (texts.length === 0) {
        say(
          'problem',
          sentence((values) => t('scan.photoNoCode', values), {
            file: <UserText>{file.name}</UserText>,
          }),
        );
      }
      for (const text of texts) handle(text);
    } catch {
      setReader({ status: 'failed' });
    } finally {
      setPhotoBusy(false);
    }
  };

  const decide = (shared: SharedResult, accept: boolean) => {
    setPending((queue) => queue.filter((item) => item !== shared));
    if (accept) void add(shared);
  };

  const problem: CameraProblem | undefined =
    camera.state.status === 'error' ? camera.state.problem : undefined;
  const first = pending[0];

  return (
    <section
      className={compact ? 'scanner scanner--compact' : 'scanner'}
      aria-labelledby={headingId}
      data-testid="scanner"
    >
      <div className="scanner__head">
        <h2 id={headingId}>{t('scan.title')}</h2>
        <ArrivalCount count={count} expected={workshop.expectedCount} className="scanner__count" />
      </div>
      <div className="scanner__body">
        {!problem && (
          <div className="scanner__view">
            <video
              ref={video}
              muted
              playsInline
              aria-label={t('scan.videoLabel')}
              className={
                camera.state.status === 'live' && camera.state.facesUser ? 'is-mirrored' : undefined
              }
            />
            <p className="scanner__state">
              {reader.status === 'loading' || camera.state.status === 'starting'
                ? t('scan.starting')
                : reader.status === 'ready' && camera.state.status === 'live'
                  ? t('scan.scanning')
                  : ''}
            </p>
          </div>
        )}
        <div className="scanner__side">
          {problem && (
            <p className="notice notice--warning" role="alert" data-testid="camera-problem">
              {t(`scan.problems.${problem}`)}
            </p>
          )}
          {reader.status === 'failed' && (
            <p className="notice notice--error" role="alert">
              {t('scan.readerFailed')}
            </p>
          )}
          <div className="scanner__toast" role="status" aria-live="polite" data-testid="scan-toast">
            {toast && (
              <p key={toast.id} className={`toast toast--${toast.kind}`} data-kind={toast.kind}>
                {toast.text}
              </p>
            )}
          </div>
          {first && (
            <div className="notice notice--warning scanner__confirm" role="alert">
              <p>
                {sentence((values) => t('scan.otherWorkshop', values), {
                  who: <UserText>{who(first)}</UserText>,
                  tag: <UserText dir="ltr">{first.workshopTag ?? ''}</UserText>,
                  name: <UserText>{workshop.name}</UserText>,
                })}
              </p>
              <div className="actions">
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => decide(first, true)}
                >
                  {t('scan.addAnyway')}
                </button>
                <button type="button" className="button" onClick={() => decide(first, false)}>
                  {t('scan.skip')}
                </button>
              </div>
            </div>
          )}
          {camera.cameras.length > 1 && camera.state.status === 'live' && (
            <div className="field">
              <label htmlFor={cameraId}>{t('scan.camera')}</label>
              <select
                id={cameraId}
                value={camera.state.deviceId ?? ''}
                onChange={(event) => camera.choose(event.target.value)}
              >
                {camera.cameras.map((option) => (
                  <option key={option.deviceId} value={option.deviceId}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="scanner__photo">
            <FilePicker
              label={t('scan.photo')}
              hint={t('scan.photoHint')}
              accept="image/*"
              disabled={photoBusy}
              onFiles={([file]) => {
                if (file) void scanPhoto(file);
              }}
            />
          </div>
          <div className="actions">
            {problem && problem !== 'unsupported' && (
              <button type="button" className="button" onClick={() => void camera.start()}>
                {t('scan.retry')}
              </button>
            )}
            <button
              type="button"
              className="button"
              onClick={() => {
                camera.stop();
                onClose();
              }}
            >
              {t('scan.stop')}
            </button>
          </div>
        </div>
      </div>
    </section>
  );
}
