// Payouts by date as a bar chart drawn in SVG: labelled axes, amounts in the locale's money
// format, the as-of day (the approval day) marked. The SVG is an image with a title and a
// description; the same figures are in a table beside it for screen readers and for
// copying. Bar heights are the only floats: display, never money arithmetic.
import { useId } from 'preact/hooks';
import { useI18n } from '../../i18n/index.ts';
import { currencyDigits } from '../../format/numbers.ts';
import { toPlotValue } from './money.ts';

const BAR = 48;
const GAP = 20;
const LEFT = 84;
const RIGHT = 16;
const TOP = 16;
const PLOT_H = 170;
const BOTTOM = 58;

/** Round steps for the amount axis: 1, 2 or 5 × a power of ten. */
function niceStep(max: number): number {
  if (max <= 0) return 1;
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

export function CashFlowChart({ flow, currency, asOf, caption }: {
  flow: readonly { date: string; amount: string }[]; currency: string; asOf: string; caption: string;
}) {
  const { m, money, date, tag } = useI18n();
  const dayMonth = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const id = useId();
  const c = m.advertiser.chart;
  if (!flow.length) return <p class="empty" data-field="chart-empty">{c.empty}</p>;
  const values = flow.map((f) => toPlotValue(f.amount));
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const step = niceStep(Math.max(max, -min));
  const top = Math.max(step, Math.ceil(max / step) * step);
  const bottom = Math.min(0, Math.floor(min / step) * step);
  const span = top - bottom || 1;
  const y = (v: number): number => TOP + ((top - v) / span) * PLOT_H;
  const ticks: number[] = [];
  for (let v = bottom; v <= top + step / 2; v += step) ticks.push(v);
  const digits = currencyDigits(currency);
  const width = LEFT + flow.length * (BAR + GAP) + GAP + RIGHT;
  const height = TOP + PLOT_H + BOTTOM;
  return (
    <figure class="cash-flow" data-field="cash-flow">
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <div class="chart-scroll" tabIndex={0} role="group" aria-labelledby={`${id}-caption`}>
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
          <title id={`${id}-title`}>{caption}</title>
          <desc id={`${id}-desc`}>{flow.map((f) => c.point(date(f.date), money(f.amount, currency))).join('; ')}</desc>
          {ticks.map((v) => (
            <g key={v} class="tick">
              <line x1={LEFT} x2={width - RIGHT} y1={y(v)} y2={y(v)} class={v === 0 ? 'axis' : 'grid-line'} />
              <text x={LEFT - 6} y={y(v) + 4} text-anchor="end">{money(v.toFixed(digits), currency)}</text>
            </g>
          ))}
          {flow.map((f, i) => {
            const v = values[i] ?? 0;
            const x = LEFT + GAP + i * (BAR + GAP);
            const y0 = y(Math.max(v, 0));
            const h = Math.max(1, Math.abs(y(v) - y(0)));
            return (
              <g key={f.date} class="bar" data-date={f.date} data-amount={f.amount} data-on-approval={String(f.date <= asOf)}>
                <rect x={x} y={y0} width={BAR} height={h} />
                <text x={x + BAR / 2} y={y0 - 4} text-anchor="middle" class="bar-value">{money(f.amount, currency)}</text>
                <text x={x + BAR / 2} y={TOP + PLOT_H + 16} text-anchor="middle" class="bar-date">
                  {dayMonth.format(new Date(`${f.date}T00:00:00Z`))}
                  <tspan x={x + BAR / 2} dy="14">{f.date.slice(0, 4)}</tspan>
                </text>
              </g>
            );
          })}
          <text x={LEFT + (width - LEFT - RIGHT) / 2} y={height - 8} text-anchor="middle" class="axis-title">{c.xAxis}</text>
          <text x={14} y={TOP + PLOT_H / 2} text-anchor="middle" class="axis-title" transform={`rotate(-90 14 ${TOP + PLOT_H / 2})`}>{c.yAxis(currency)}</text>
        </svg>
      </div>
      <p class="note legend"><span class="swatch" data-on-approval="true" aria-hidden="true" /> {c.legendNow}{' '}
        <span class="swatch" data-on-approval="false" aria-hidden="true" /> {c.legendLater}</p>
      <details class="chart-data">
        <summary>{c.asTable}</summary>
        <table>
          <thead><tr><th scope="col">{c.xAxis}</th><th scope="col" class="num">{c.amount}</th></tr></thead>
          <tbody>{flow.map((f) => <tr key={f.date}><td>{date(f.date)}</td><td class="num">{money(f.amount, currency)}</td></tr>)}</tbody>
        </table>
      </details>
    </figure>
  );
}
