// Scans QR codes with the phone's back camera, inside the app: the browser's own BarcodeDetector where it
// has one (Android Chrome), otherwise jsQR on frames drawn to a canvas. The first code that is one of our
// check-in links is handed to the server as a 'code-found' event; anything else is ignored. The camera is
// switched off as soon as a code is found or the element leaves the page.
import jsQR from 'jsqr';

type Detector = { detect(source: CanvasImageSource): Promise<{ rawValue: string }[]> };

const SCANS_PER_SECOND = 6;

function checkInToken(text: string): string | undefined {
  try {
    const url = new URL(text, window.location.href);
    const match = url.origin === window.location.origin ? url.pathname.match(/^\/check-in\/([A-Za-z0-9_-]+)$/) : null;
    return match ? match[1] : undefined;
  } catch {
    return undefined;
  }
}

async function detector(): Promise<Detector | undefined> {
  const native = (window as unknown as { BarcodeDetector?: { new (options: object): Detector; getSupportedFormats(): Promise<string[]> } })
    .BarcodeDetector;
  if (native && (await native.getSupportedFormats()).includes('qr_code')) {
    return new native({ formats: ['qr_code'] });
  }
  return undefined;
}

export function start(host: HTMLElement): () => void {
  const video = document.createElement('video');
  video.setAttribute('playsinline', '');
  video.muted = true;
  video.setAttribute('aria-label', host.getAttribute('label') ?? '');
  const canvas = document.createElement('canvas');
  host.append(video);
  let stream: MediaStream | undefined;
  let timer: number | undefined;
  let stopped = false;

  const stop = () => {
    stopped = true;
    window.clearTimeout(timer);
    stream?.getTracks().forEach((track) => track.stop());
  };

  const found = (token: string) => {
    stop();
    host.dispatchEvent(new CustomEvent('code-found', { detail: { token } }));
  };

  const scanWith = (native: Detector | undefined) => {
    const tick = async () => {
      if (stopped) {
        return;
      }
      if (video.readyState >= video.HAVE_CURRENT_DATA && video.videoWidth > 0) {
        const texts: string[] = [];
        if (native) {
          (await native.detect(video)).forEach((code) => texts.push(code.rawValue));
        } else {
          canvas.width = video.videoWidth;
          canvas.height = video.videoHeight;
          const context = canvas.getContext('2d', { willReadFrequently: true })!;
          context.drawImage(video, 0, 0);
          const image = context.getImageData(0, 0, canvas.width, canvas.height);
          const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
          if (code) {
            texts.push(code.data);
          }
        }
        const token = texts.map(checkInToken).find((value) => value !== undefined);
        if (token) {
          found(token);
          return;
        }
      }
      timer = window.setTimeout(tick, 1000 / SCANS_PER_SECOND);
    };
    tick();
  };

  navigator.mediaDevices
    .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
    .then(async (camera) => {
      stream = camera;
      if (stopped) {
        stop();
        return;
      }
      video.srcObject = camera;
      await video.play();
      host.setAttribute('scanning', '');
      scanWith(await detector());
    })
    .catch(() => {
      // no camera, or the person said no: typing the code still works
      host.dispatchEvent(new CustomEvent('scan-failed'));
    });
  return stop;
}
