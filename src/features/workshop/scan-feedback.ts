// What the trainer hears and feels when a code is read: a short generated tone (Web
// Audio, no sound file) and a vibration where the device has one. Distinct patterns for
// "added", "already there" and "could not use this code", so the trainer can keep their
// eyes on the room.

export type FeedbackKind = 'added' | 'duplicate' | 'problem';

const TONES: Record<FeedbackKind, { hz: number; ms: number; gap: number; count: number }> = {
  added: { hz: 880, ms: 140, gap: 0, count: 1 },
  duplicate: { hz: 660, ms: 70, gap: 60, count: 2 },
  problem: { hz: 220, ms: 260, gap: 0, count: 1 },
};

const VIBRATIONS: Record<FeedbackKind, number | number[]> = {
  added: 80,
  duplicate: [40, 60, 40],
  problem: [200],
};

export type Feedback = { signal(kind: FeedbackKind): void; close(): void };

/**
 * Call from a click (browsers allow audio only after a user gesture). Without Web Audio
 * or vibration, signalling is silent; the toast on screen still says what happened.
 */
export function createFeedback(): Feedback {
  let audio: AudioContext | undefined;
  try {
    audio = new AudioContext();
  } catch {
    audio = undefined;
  }
  return {
    signal(kind) {
      try {
        navigator.vibrate?.(VIBRATIONS[kind]);
      } catch {
        // Vibration refused (no user activation yet, or not allowed): ignore.
      }
      if (!audio) return;
      const tone = TONES[kind];
      const start = audio.currentTime + 0.01;
      for (let i = 0; i < tone.count; i++) {
        const at = start + (i * (tone.ms + tone.gap)) / 1000;
        const oscillator = audio.createOscillator();
        const gain = audio.createGain();
        oscillator.type = kind === 'problem' ? 'triangle' : 'sine';
        oscillator.frequency.value = tone.hz;
        // A quick fade in and out, so the tone does not click.
        gain.gain.setValueAtTime(0, at);
        gain.gain.linearRampToValueAtTime(0.25, at + 0.01);
        gain.gain.linearRampToValueAtTime(0, at + tone.ms / 1000);
        oscillator.connect(gain).connect(audio.destination);
        oscillator.start(at);
        oscillator.stop(at + tone.ms / 1000 + 0.02);
      }
    },
    close() {
      void audio?.close().catch(() => undefined);
    },
  };
}
