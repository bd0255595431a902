// A bar or line chart of a report table's figures. The table under it is the accessible alternative
// and has the same numbers; the chart uses the same numerals as the table (the server passes the
// locale with its numbering system) and runs right to left in Arabic-script languages.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

type Data = { kind: 'bar' | 'line'; labels: string[]; series: { label: string; values: (number | null)[] }[] };

// the app's green, then colours that stay apart for the common kinds of colour blindness
const COLOURS = ['#0b5e55', '#c25e00', '#5b4bb7', '#8a6d00'];

function read(host: HTMLElement): Data {
  try {
    return JSON.parse(host.getAttribute('data') ?? '') as Data;
  } catch {
    return { kind: 'bar', labels: [], series: [] };
  }
}

function configuration(host: HTMLElement): ChartConfiguration {
  const data = read(host);
  const rtl = host.getAttribute('dir') === 'rtl';
  return {
    type: data.kind,
    data: {
      labels: data.labels,
      datasets: data.series.map((series, index) => ({
        label: series.label,
        data: series.values,
        backgroundColor: COLOURS[index % COLOURS.length],
        borderColor: COLOURS[index % COLOURS.length],
        tension: 0.2
      }))
    },
    options: {
      locale: host.getAttribute('locale') ?? undefined,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { reverse: rtl },
        y: { beginAtZero: true, position: rtl ? 'right' : 'left', ticks: { precision: 0 } }
      },
      plugins: { legend: { rtl, position: 'bottom' }, tooltip: { rtl } }
    }
  };
}

export function mount(host: HTMLElement) {
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', host.getAttribute('label') ?? '');
  const box = document.createElement('div');
  box.className = 'chart-box';
  box.append(canvas);
  host.append(box);
  const chart = new Chart(canvas, configuration(host));
  return {
    update() {
      const next = configuration(host);
      chart.data = next.data;
      chart.update();
    }
  };
}
