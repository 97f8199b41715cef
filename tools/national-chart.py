#!/usr/bin/env python3
"""Draws docs/national-lag.svg: the national simulation's sync lag against
the number of workstations (medians of the runs, the range as a bar).

    tools/national-chart.py data.json > docs/national-lag.svg

data.json: {"sizes": [100, 300, 1000],
            "p50": [[run, run, run], ...], "p99": [[run, run, run], ...]}
(seconds, one list of runs per size). No dependencies beyond Python 3.
"""
import json
import math
import statistics
import sys

W, H = 640, 410
LEFT, RIGHT, TOP, BOTTOM = 70, 470, 40, 340


def nice_step(raw):
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


def main():
    d = json.load(open(sys.argv[1]))
    sizes = d["sizes"]
    series = [("p50", "#1f77b4", d["p50"]), ("p99", "#ff7f0e", d["p99"])]
    highest = max(max(r) for _, _, runs in series for r in runs)
    # The 1 s target on the chart when the figures come near it; otherwise
    # the chart is scaled to the figures and says where the target is.
    target_on_chart = highest > 0.4
    top = 1.15 if target_on_chart else highest * 1.35
    step = 0.25 if target_on_chart else nice_step(top / 5)
    lo, hi = math.log10(sizes[0]) - 0.1, math.log10(sizes[-1]) + 0.1

    def x(n):
        return LEFT + (math.log10(n) - lo) / (hi - lo) * (RIGHT - LEFT)

    def y(s):
        return BOTTOM - s / top * (BOTTOM - TOP)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" '
        'font-family="DejaVu Sans, sans-serif" font-size="13">',
        f'<rect width="{W}" height="{H}" fill="white"/>',
        f'<text x="{W / 2}" y="22" text-anchor="middle" font-size="15">'
        "Sync lag (commit → applied at every destination) against workstations</text>",
        f'<line x1="{LEFT}" y1="{BOTTOM}" x2="{RIGHT}" y2="{BOTTOM}" stroke="black"/>',
        f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{BOTTOM}" stroke="black"/>',
    ]
    tick = 0.0
    while tick <= top:
        out.append(f'<line x1="{LEFT - 4}" y1="{y(tick):.1f}" x2="{RIGHT}" y2="{y(tick):.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{LEFT - 8}" y="{y(tick) + 4:.1f}" text-anchor="end">{tick:g}</text>')
        tick = round(tick + step, 4)
    for n in sizes:
        out.append(f'<text x="{x(n):.1f}" y="{BOTTOM + 18}" text-anchor="middle">{n:,}</text>')
    out.append(
        f'<text x="{(LEFT + RIGHT) / 2}" y="{BOTTOM + 40}" text-anchor="middle">'
        "workstations (offices = 0.4 × workstations; log scale)</text>"
    )
    out.append(
        f'<text x="18" y="{(TOP + BOTTOM) / 2}" text-anchor="middle" '
        f'transform="rotate(-90 18 {(TOP + BOTTOM) / 2})">seconds</text>'
    )
    if target_on_chart:
        out.append(
            f'<line x1="{LEFT}" y1="{y(1):.1f}" x2="{RIGHT}" y2="{y(1):.1f}" '
            'stroke="#c00" stroke-dasharray="6 4"/>'
        )
        out.append(f'<text x="{RIGHT + 6}" y="{y(1) + 4:.1f}" fill="#c00">p99 target 1 s</text>')
    else:
        out.append(
            f'<text x="{RIGHT + 6}" y="{TOP + 4}" fill="#c00">p99 target: 1 s,</text>'
        )
        out.append(
            f'<text x="{RIGHT + 6}" y="{TOP + 20}" fill="#c00">far above</text>'
        )
    for name, colour, runs in series:
        med = [statistics.median(r) for r in runs]
        pts = " ".join(f"{x(n):.1f},{y(m):.1f}" for n, m in zip(sizes, med))
        out.append(f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="2.5"/>')
        for n, m, r in zip(sizes, med, runs):
            out.append(
                f'<line x1="{x(n):.1f}" y1="{y(min(r)):.1f}" x2="{x(n):.1f}" y2="{y(max(r)):.1f}" '
                f'stroke="{colour}" stroke-width="6" stroke-opacity="0.35"/>'
            )
            out.append(f'<circle cx="{x(n):.1f}" cy="{y(m):.1f}" r="4" fill="{colour}"/>')
            dy = -8 if name == "p99" else 16
            out.append(
                f'<text x="{x(n) + 7:.1f}" y="{y(m) + dy:.1f}" font-size="11" fill="{colour}">{m:.3f}</text>'
            )
        out.append(f'<text x="{RIGHT + 6}" y="{y(med[-1]) + 4:.1f}" fill="{colour}">{name}</text>')
    out.append(
        f'<text x="{LEFT}" y="{H - 6}" font-size="11" fill="#555">medians of three runs, '
        "the range as bars (cargo bench --bench national; 2 cores; nats-server 2.9.10)</text>"
    )
    out.append("</svg>")
    print("\n".join(out))


if __name__ == "__main__":
    main()
