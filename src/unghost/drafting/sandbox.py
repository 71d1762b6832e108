"""The Jinja2 sandbox mail templates run in: no loader, strict undefined, bounded size and time.

Jinja's own sandbox stops attribute escapes (`''.__class__`) and huge `range`s, but not memory
or time bombs (research/libraries.md 8: `'a' * 10**7` renders). This one also bounds every value
a template builds (operators, literals, `~`, filters, method calls) to the output limit, streams
the output against that limit, bounds what a filter's output adds up to while it is consumed
(a `map` over a range cannot pile up gigabytes inside `|list`), counts template lines run (a
step budget, deterministic), and watches a wall-clock deadline on every line the render runs,
inside filters and tests too (research: a `select("in", L)` over a range ran 28 s between two
template lines).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import wraps
from types import FrameType, TracebackType
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, UndefinedError, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError, TemplateError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from unghost.drafting.filters import install_bounded_filters
from unghost.drafting.sizes import (
    TemplateProblem,
    _OutOfSteps,
    _TooBig,
    bounded_items,
    printf_size,
    text_size,
)
from unghost.drafting.tables import RenderLimits

__all__ = ["MailSandbox", "TemplateProblem", "compile_template", "render_text", "text_size"]

TEMPLATE_FILENAME = "<unghost-template>"
# str methods whose result can be far larger than their input.
_GROWING_STR_METHODS = frozenset(
    {"center", "ljust", "rjust", "zfill", "expandtabs", "join", "replace", "format", "format_map"}
)


class _GuardedCodeGenerator(CodeGenerator):
    """Routes `~` and list, tuple and dict literals through the environment's size guard."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.guarded_concat((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")

    def visit_List(self, node: nodes.List, frame: Frame) -> None:
        self.write("environment.guarded_value(")
        super().visit_List(node, frame)
        self.write(")")

    def visit_Dict(self, node: nodes.Dict, frame: Frame) -> None:
        self.write("environment.guarded_value(")
        super().visit_Dict(node, frame)
        self.write(")")

    def visit_Tuple(self, node: nodes.Tuple, frame: Frame) -> None:
        if node.ctx != "load":  # an assignment target, not a value
            super().visit_Tuple(node, frame)
            return
        self.write("environment.guarded_value(")
        super().visit_Tuple(node, frame)
        self.write(")")


def _finalize(value: Any) -> Any:
    return "" if value is None else value


class MailSandbox(ImmutableSandboxedEnvironment):
    """An immutable sandbox whose templates cannot grow a value past `limits.output_chars`."""

    code_generator_class = _GuardedCodeGenerator
    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self, limits: RenderLimits) -> None:
        super().__init__(
            loader=None,
            undefined=StrictUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            finalize=_finalize,
            cache_size=0,
        )
        self.limits = limits
        self.globals.pop("lipsum", None)  # makes any amount of text from one call
        self.filters = {name: self._guard_filter(f) for name, f in self.filters.items()}
        install_bounded_filters(self.filters, limits.output_chars)

    # -- size guards ---------------------------------------------------------------------------
    def check_size(self, value: Any) -> Any:
        text_size(value, self.limits.output_chars)
        return value

    def guarded_value(self, value: Any) -> Any:
        return self.check_size(value)

    def guarded_concat(self, parts: tuple[Any, ...]) -> str:
        budget = self.limits.output_chars
        total = 0
        for part in parts:
            total += text_size(part, budget)
            if total > budget:
                raise _TooBig(f"it joins text longer than {budget} characters")
        return "".join(map(str, parts))

    def _guard_filter(self, func: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(func)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            result = func(*args, **kwargs)
            if isinstance(result, Iterator):
                return bounded_items(result, self.limits.output_chars)
            return self.check_size(result)

        return guarded

    # -- operators, attributes, calls ----------------------------------------------------------
    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        budget, int_bits = self.limits.output_chars, self.limits.int_bits
        sequences = (str, list, tuple)
        if operator == "*":
            if isinstance(left, int) and isinstance(right, sequences):
                left, right = right, left
            if isinstance(left, sequences) and isinstance(right, int):
                if text_size(left, budget) * max(right, 0) > budget:
                    raise _TooBig(f"it repeats a value past {budget} characters")
            elif (
                isinstance(left, int)
                and isinstance(right, int)
                and left.bit_length() + right.bit_length() > int_bits
            ):
                raise _TooBig("it multiplies numbers too large to write")
        elif operator == "**":
            powers = isinstance(left, int) and isinstance(right, int) and right > 0
            if powers and max(left.bit_length(), 1) * right > int_bits:
                raise _TooBig("it raises a number to a power too large to write")
        elif operator == "%" and isinstance(left, str):
            if printf_size(left, budget) + text_size(right, budget) > budget:
                raise _TooBig(f"its % formatting would build more than {budget} characters")
        elif operator == "+" and isinstance(left, sequences) and isinstance(right, sequences):
            text_size((left, right), budget)
        return super().call_binop(context, operator, left, right)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, str) and attr in _GROWING_STR_METHODS:
            return False
        return super().is_safe_attribute(obj, attr, value)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        if super().wrap_str_format(value) is None:
            return None

        def refused(*args: Any, **kwargs: Any) -> str:
            raise SecurityError("str.format is not allowed in mail templates; use ~ to join text")

        return refused

    def call(self, context: Any, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        return self.check_size(super().call(context, obj, *args, **kwargs))


# -- compiling and rendering -------------------------------------------------------------------
_INCLUDES = (nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)


def compile_template(env: MailSandbox, source: str) -> Template:
    """The compiled template; raises TemplateProblem on bad syntax or a forbidden tag."""
    if len(source) > env.limits.template_chars:
        raise TemplateProblem(f"it is longer than {env.limits.template_chars} characters")
    try:
        tree = env.parse(source)
        for node in tree.find_all(_INCLUDES):
            raise TemplateProblem(
                "templates cannot extend, include or import other templates", node.lineno
            )
        code = env.compile(tree, filename=TEMPLATE_FILENAME)
    except TemplateSyntaxError as exc:
        raise TemplateProblem(exc.message or "syntax error", exc.lineno) from None
    except (RecursionError, MemoryError, SyntaxError):  # thousands of nested brackets
        raise TemplateProblem("it nests brackets or blocks too deeply") from None
    return env.template_class.from_code(env, code, env.make_globals(None), None)


class _Budget:
    """Counts template lines run and watches the clock on every line, through a trace function.

    Template lines spend the step budget; the lines of the filters and tests they call only
    check the deadline (every few lines: reading the clock costs about as much as the line).
    """

    def __init__(self, steps: int, seconds: float) -> None:
        self.steps = steps
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        self.ticks = 0
        self.previous: Any = sys.gettrace()

    def global_trace(self, frame: FrameType, event: str, arg: Any) -> Any:
        if frame.f_code.co_filename == TEMPLATE_FILENAME:
            return self.local_trace
        if self.previous is None:
            return self.other_trace
        return self._chained(self.previous(frame, event, arg))

    def _out_of_time(self) -> _OutOfSteps:
        return _OutOfSteps(f"it took longer than {self.seconds:g} s to render")

    def local_trace(self, frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line":
            self.steps -= 1
            if self.steps <= 0:
                raise _OutOfSteps("it runs too long (a loop that never ends or is too large)")
            if self.steps % 512 == 0 and time.monotonic() > self.deadline:
                raise self._out_of_time()
        return self.local_trace

    def other_trace(self, frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line":
            self.ticks += 1
            if self.ticks % 32 == 0 and time.monotonic() > self.deadline:
                raise self._out_of_time()
        return self.other_trace

    def _chained(self, inner: Any) -> Any:
        """other_trace, and the tracer that was installed before (a debugger, coverage)."""

        def trace(frame: FrameType, event: str, arg: Any) -> Any:
            nonlocal inner
            self.other_trace(frame, event, arg)
            if inner is not None:
                inner = inner(frame, event, arg)
            return trace

        return trace


@contextmanager
def _budget(limits: RenderLimits) -> Iterator[None]:
    budget = _Budget(limits.render_steps, limits.render_seconds)
    sys.settrace(budget.global_trace)
    try:
        yield
    finally:
        sys.settrace(budget.previous)


def _template_line(tb: TracebackType | None) -> int | None:
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == TEMPLATE_FILENAME:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def render_text(template: Template, context: Mapping[str, Any], limits: RenderLimits) -> str:
    """The template's output; raises TemplateProblem with the reason and line when it fails."""
    chunks: list[str] = []
    size = 0
    try:
        with _budget(limits):
            for chunk in template.generate(dict(context)):
                size += len(chunk)
                if size > limits.output_chars:
                    raise TemplateProblem(f"it renders more than {limits.output_chars} characters")
                chunks.append(chunk)
    except TemplateProblem as exc:
        if exc.line is None:
            exc.line = _template_line(exc.__traceback__)
        raise
    except SecurityError as exc:
        raise TemplateProblem(f"not allowed: {exc}", _template_line(exc.__traceback__)) from None
    except UndefinedError as exc:
        raise TemplateProblem(str(exc), _template_line(exc.__traceback__)) from None
    except OverflowError as exc:
        raise TemplateProblem(f"too large: {exc}", _template_line(exc.__traceback__)) from None
    except (TemplateError, ArithmeticError, LookupError, TypeError, ValueError) as exc:
        raise TemplateProblem(str(exc), _template_line(exc.__traceback__)) from None
    except (RecursionError, MemoryError):
        raise TemplateProblem("it calls itself too deeply or needs too much memory") from None
    return "".join(chunks)
