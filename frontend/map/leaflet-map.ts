// The map itself: OpenStreetMap-style raster tiles through Leaflet, one pin for the meeting place, or
// circles sized by a figure (the gap map: a table on the page carries the same figures).
// When no tile loads (no network, tile server blocked) the element is marked failed and says so; the
// address and the "open in maps" link next to it carry the place on their own.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';

const SWEDEN: L.LatLngTuple = [62.0, 15.0];
const STREET_ZOOM = 15;
const COUNTRY_ZOOM = 4;

function position(host: HTMLElement): L.LatLngTuple | undefined {
  const latitude = parseFloat(host.getAttribute('latitude') ?? '');
  const longitude = parseFloat(host.getAttribute('longitude') ?? '');
  return Number.isFinite(latitude) && Number.isFinite(longitude) ? [latitude, longitude] : undefined;
}

type Circle = { latitude: number; longitude: number; size: number; label: string };

function circles(host: HTMLElement): Circle[] {
  try {
    return JSON.parse(host.getAttribute('circles') ?? '[]') as Circle[];
  } catch {
    return [];
  }
}

const SMALLEST_RADIUS = 6;
const LARGEST_RADIUS = 30;
const REGION_ZOOM = 9;

export function mount(host: HTMLElement) {
  const canvas = document.createElement('div');
  canvas.className = 'map-canvas';
  // maps are not mirrored in right-to-left languages: north-west stays top-left
  canvas.dir = 'ltr';
  canvas.setAttribute('aria-label', host.getAttribute('label') ?? '');
  const failure = document.createElement('p');
  failure.className = 'map-failed';
  failure.textContent = host.getAttribute('failed-text') ?? '';
  host.append(canvas, failure);

  // on a phone one finger scrolls the page, not the map (two fingers still zoom): a map inside a
  // long form must not trap the thumb
  const map = L.map(canvas, { attributionControl: true, dragging: !L.Browser.mobile });
  map.attributionControl.setPrefix(false);
  let tilesLoaded = 0;
  L.tileLayer(host.getAttribute('tiles') ?? '', { maxZoom: 19, attribution: host.getAttribute('attribution') ?? '' })
    .on('tileload', () => {
      tilesLoaded++;
      host.removeAttribute('failed');
    })
    .on('tileerror', () => {
      if (tilesLoaded === 0) {
        host.setAttribute('failed', '');
      }
    })
    .addTo(map);

  let pin: L.CircleMarker | undefined;
  const shown = L.layerGroup().addTo(map);
  const update = () => {
    const sized = circles(host);
    if (sized.length > 0) {
      // the area, not the radius, grows with the figure, so that twice the demand looks twice as big
      const largest = Math.max(...sized.map((circle) => circle.size), 1);
      shown.clearLayers();
      for (const circle of sized) {
        const radius = SMALLEST_RADIUS + (LARGEST_RADIUS - SMALLEST_RADIUS) * Math.sqrt(circle.size / largest);
        L.circleMarker([circle.latitude, circle.longitude], { radius, color: '#7a3e00', weight: 2, fillColor: '#d97706', fillOpacity: 0.45 })
          .bindTooltip(circle.label)
          .addTo(shown);
      }
      map.fitBounds(L.latLngBounds(sized.map((circle) => [circle.latitude, circle.longitude] as L.LatLngTuple)), {
        padding: [LARGEST_RADIUS, LARGEST_RADIUS],
        maxZoom: REGION_ZOOM
      });
      return;
    }
    const place = position(host);
    if (!place) {
      map.setView(SWEDEN, COUNTRY_ZOOM);
      return;
    }
    if (pin) {
      pin.setLatLng(place);
    } else {
      pin = L.circleMarker(place, { radius: 11, color: '#0b5e55', weight: 3, fillColor: '#0b5e55', fillOpacity: 0.6 }).addTo(map);
    }
    map.setView(place, Math.max(map.getZoom() || 0, STREET_ZOOM));
  };

  if (host.hasAttribute('editable')) {
    // a tap places the pin; six decimals are about ten centimetres, more than any venue needs
    map.on('click', (event: L.LeafletMouseEvent) => {
      const latitude = Math.round(event.latlng.lat * 1e6) / 1e6;
      const longitude = Math.round(event.latlng.lng * 1e6) / 1e6;
      host.setAttribute('latitude', String(latitude));
      host.setAttribute('longitude', String(longitude));
      host.dispatchEvent(new CustomEvent('pin-moved', { detail: { latitude, longitude } }));
    });
  }
  update();
  return { update };
}
