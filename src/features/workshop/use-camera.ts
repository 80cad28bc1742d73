// The trainer's camera for scanning: asks for it, lists the cameras once allowed, and
// remembers the one chosen (localStorage: a device choice, not data worth a backup).
// Every way it can fail becomes a plain state the screen explains, with scanning from
// a photo offered instead.

import { useCallback, useEffect, useRef, useState } from 'react';

export type CameraProblem = 'denied' | 'noCamera' | 'busy' | 'unsupported' | 'failed';

export type CameraState =
  | { readonly status: 'off' }
  | { readonly status: 'starting' }
  | {
      readonly status: 'live';
      readonly stream: MediaStream;
      readonly deviceId: string | undefined;
      /** A camera facing the person (a laptop's webcam): shown mirrored, like a mirror. */
      readonly facesUser: boolean;
    }
  | { readonly status: 'error'; readonly problem: CameraProblem };

export type Camera = { readonly deviceId: string; readonly label: string };

const STORAGE_KEY = 'centricity.camera';

function rememberedCamera(): string | undefined {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function rememberCamera(deviceId: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, deviceId);
  } catch {
    // Private modes may refuse storage: the choice then lasts for this page only.
  }
}

function problemOf(error: unknown): CameraProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'noCamera';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'failed';
}

const SIZE = { width: { ideal: 1280 }, height: { ideal: 720 } };

async function open(deviceId: string | undefined): Promise<MediaStream> {
  const media = navigator.mediaDevices;
  if (!deviceId) {
    return media.getUserMedia({
      audio: false,
      video: { ...SIZE, facingMode: { ideal: 'environment' } },
    });
  }
  try {
    return await media.getUserMedia({
      audio: false,
      video: { ...SIZE, deviceId: { exact: deviceId } },
    });
  } catch (error) {
    // The remembered camera is gone (unplugged, another computer): use any camera.
    if (problemOf(error) !== 'noCamera') throw error;
    return open(undefined);
  }
}

export function useCamera() {
  const [state, setState] = useState<CameraState>({ status: 'off' });
  const [cameras, setCameras] = useState<Camera[]>([]);
  const current = useRef<MediaStream | undefined>(undefined);
  const attempt = useRef(0);

  const release = useCallback(() => {
    current.current?.getTracks().forEach((track) => track.stop());
    current.current = undefined;
  }, []);

  const start = useCallback(
    async (deviceId: string | undefined = rememberedCamera()) => {
      const mine = ++attempt.current;
      release();
      if (!navigator.mediaDevices?.getUserMedia) {
        setState({ status: 'error', problem: 'unsupported' });
        return;
      }
      setState({ status: 'starting' });
      try {
        const stream = await open(deviceId);
        if (mine !== attempt.current) {
          stream.getTracks().forEach((track) => track.stop());
          return;
        }
        current.current = stream;
        const track = stream.getVideoTracks()[0];
        track?.addEventListener('ended', () => {
          if (current.current === stream) setState({ status: 'error', problem: 'failed' });
        });
        const settings = track?.getSettings();
        setState({
          status: 'live',
          stream,
          deviceId: settings?.deviceId,
          facesUser: settings?.facingMode !== 'environment',
        });
        const devices = await navigator.mediaDevices.enumerateDevices();
        if (mine !== attempt.current) return;
        setCameras(
          devices
            .filter((device) => device.kind === 'videoinput' && device.deviceId)
            .map((device, index) => ({
              deviceId: device.deviceId,
              label: device.label || `${index + 1}`,
            })),
        );
      } catch (error) {
        if (mine === attempt.current) setState({ status: 'error', problem: problemOf(error) });
      }
    },
    [release],
  );

  const choose = useCallback(
    (deviceId: string) => {
      rememberCamera(deviceId);
      void start(deviceId);
    },
    [start],
  );

  const stop = useCallback(() => {
    attempt.current++;
    release();
    setState({ status: 'off' });
  }, [release]);

  useEffect(
    () => () => {
      attempt.current++;
      release();
    },
    [release],
  );

  return { state, cameras, start, choose, stop };
}
