"""`jointwatch bench-linear`: does classification time grow linearly with the body, whatever its
shape? A regular expression with catastrophic backtracking shows up here as a time that grows
with the square (or worse) of the size.

Bodies of 10k, 100k, 300k and 1M characters are built from adversarial units: prose dense with
cues, one endless word, whitespace runs, punctuation storms, numbers that look like distances,
repeated "of the", characters whose lower case is longer ('İ'), and so on. Each is classified
`repeat` times and the fastest run counts. The report gives milliseconds and nanoseconds per
character per size, and each shape's growth: time per character at the largest size over time
per character at the smallest (1 is linear; quadratic would be the size ratio, 20 for 10k..200k).
The classifier reads at most MAX_ANALYZED_CHARS characters, so above that time is flat.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass

from .core.classifier import MAX_ANALYZED_CHARS, Classifier
from .core.models import Article

SIZES = (10_000, 100_000, 300_000, 1_000_000)

SHAPES: dict[str, str] = {
    "prose": (
        "Russian and Chinese strategic bombers flew a joint patrol over the Sea of Japan, "
        "about 200 miles off the coast, the ministry said on Tuesday. "
    ),
    "cue_storm": "Russian Chinese joint patrol exercise drill bombers Tu-95MS H-6K navy warships ",
    "one_word": "a",
    "spaces": " ",
    "word_space": "a ",
    "newlines": "\n",
    "paragraphs": "Joint drills.\n\n",
    "dots": ".",
    "commas": ", ",
    "dashes": "-–—",
    "numbers": "200 miles off 1,500 km near ",
    "digits": "9",
    "of_the": "of the ",
    "possessives": "its their our ",
    "by_passive": "were intercepted by ",
    "dateline": "SEOUL, Oct. 14 (Yonhap) -- ",
    # partners "with the carrier" whose referent no first sentence names: each looks back
    "back_reference": "Sailing with the carrier are the US destroyer and the Dutch frigate. ",
    "teaser_lines": "ALSO READ: Indian and Thai navies patrol together\n",
    "quotes": "'\"‘’“”",
    "dotted_i": "İ",
    "sharp_s": "ß",
    "emoji": "🚢✈️",
    "rtl_and_zero_width": "\u202bمناورات\u202c\u200b",
    "cjk": "中俄联合空中战略巡航",
}


@dataclass(frozen=True)
class ShapeTiming:
    shape: str
    seconds: dict[int, float]

    def growth(self) -> float:
        """Time per character read at the largest size over that at the smallest (1 is
        linear, 10 would be quadratic over a 10x range). Sizes beyond MAX_ANALYZED_CHARS
        count as that many characters: the classifier reads no further."""
        small, big = min(self.seconds), max(self.seconds)
        read_small, read_big = min(small, MAX_ANALYZED_CHARS), min(big, MAX_ANALYZED_CHARS)
        floor = 2e-4  # below 0.2 ms, timer noise and fixed costs dominate
        per_char_small = max(self.seconds[small], floor) / read_small
        per_char_big = max(self.seconds[big], floor * read_big / read_small) / read_big
        return per_char_big / per_char_small


def body_of(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def time_shape(
    classifier: Classifier, shape: str, unit: str, sizes: Sequence[int], repeat: int
) -> ShapeTiming:
    seconds = {}
    for size in sizes:
        article = Article(id=f"bench-{shape}-{size}", body=body_of(unit, size))
        best = float("inf")
        for _ in range(repeat):
            started = time.perf_counter()
            classifier.classify(article)
            best = min(best, time.perf_counter() - started)
        seconds[size] = best
    return ShapeTiming(shape, seconds)


def run(
    *,
    sizes: Sequence[int] = SIZES,
    shapes: Sequence[str] | None = None,
    repeat: int = 3,
    classifier: Classifier | None = None,
) -> dict:
    """Time every shape at every size; return a JSON-ready report."""
    from .core.knowledge import default_knowledge

    clf = classifier or Classifier(default_knowledge())
    clf.classify(Article(id="warm-up", body=SHAPES["prose"] * 20))
    timings = [time_shape(clf, s, SHAPES[s], sizes, repeat) for s in (shapes or list(SHAPES))]
    return {
        "sizes": list(sizes),
        "max_analyzed_chars": MAX_ANALYZED_CHARS,
        "repeat": repeat,
        "shapes": {
            t.shape: {
                "ms": {str(n): round(t.seconds[n] * 1000, 2) for n in sizes},
                "ns_per_char": {
                    str(n): round(t.seconds[n] * 1e9 / min(n, MAX_ANALYZED_CHARS), 1) for n in sizes
                },
                "growth": round(t.growth(), 2),
            }
            for t in timings
        },
        "worst_growth": round(max(t.growth() for t in timings), 2),
        "worst_ms_at_largest": round(max(t.seconds[max(sizes)] for t in timings) * 1000, 1),
    }


def format_table(report: dict) -> str:
    sizes = report["sizes"]
    head = f"{'shape':20}" + "".join(f"{n:>11,}" for n in sizes) + "   growth"
    lines = [head, "-" * len(head)]
    for shape, row in report["shapes"].items():
        cells = "".join(f"{row['ms'][str(n)]:>9.1f}ms" for n in sizes)
        lines.append(f"{shape:20}{cells}   {row['growth']:>6.2f}")
    lines.append(
        f"worst growth {report['worst_growth']} (1 = linear; bodies are read up to "
        f"{report['max_analyzed_chars']:,} characters)"
    )
    return "\n".join(lines)


def main(*, as_json: bool, repeat: int, sizes: Sequence[int] | None = None) -> int:
    report = run(repeat=repeat, sizes=sizes or SIZES)
    print(json.dumps(report, indent=2) if as_json else format_table(report))
    return 0
