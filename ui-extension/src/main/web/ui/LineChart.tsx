// A line chart (uPlot) with a data table for those who would rather read (and for screen readers).
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface Series {
  label: string;
  values: (number | null)[];
  color: string;
  dash?: number[];
}

export function LineChart(props: { title: string; xLabels: string[]; series: Series[]; unit: string; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const xs = props.xLabels.map((_, i) => i);
    const width = Math.max(320, box.current.clientWidth || 640);
    const plot = new uPlot(
      {
        width,
        height: props.height ?? 260,
        scales: { x: { time: false } },
        axes: [
          { splits: () => xs, values: (_u, ticks) => ticks.map((t) => props.xLabels[Math.round(t)] ?? ''), stroke: '#1f2933', grid: { stroke: '#e4e7eb' } },
          { label: props.unit, stroke: '#1f2933', grid: { stroke: '#e4e7eb' } },
        ],
        series: [{ label: 'day' }, ...props.series.map((s) => ({ label: s.label, stroke: s.color, width: 2, dash: s.dash, spanGaps: true }))],
        legend: { show: true },
      },
      [xs, ...props.series.map((s) => s.values)] as uPlot.AlignedData,
      box.current,
    );
    return () => plot.destroy();
  }, [props.xLabels, props.series, props.unit, props.height]);
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      <div ref={box} aria-hidden="true" />
      <details>
        <summary>Show the figures of “{props.title}” as a table</summary>
        <table>
          <caption class="visually-hidden">{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              {props.series.map((s) => (
                <th scope="col" key={s.label}>
                  {s.label} ({props.unit})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.xLabels.map((x, i) => (
              <tr key={x}>
                <th scope="row">{x}</th>
                {props.series.map((s) => (
                  <td key={s.label}>{s.values[i] ?? '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** Horizontal bars (plain HTML: every bar is labelled text too). */
export function Bars(props: { title: string; items: { label: string; value: number | null; text: string }[]; max: number }) {
  return (
    <figure class="chart bars">
      <figcaption>{props.title}</figcaption>
      <ul>
        {props.items.map((i) => (
          <li key={i.label}>
            <span class="bar-label">{i.label}</span>
            <span class="bar-track" aria-hidden="true">
              <span class="bar" style={{ width: `${i.value === null ? 0 : Math.max(0, Math.min(100, (i.value / props.max) * 100))}%` }} />
            </span>
            <span class="bar-value">{i.text}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
