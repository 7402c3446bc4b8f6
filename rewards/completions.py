"""Turn what TRL passes as a completion into text.

>>> completion_text("plain")
'plain'
>>> completion_text([{"role": "assistant", "content": "12 N"}])
'12 N'
>>> completion_text([{"role": "assistant", "content": [{"type": "text", "text": "5 m"}]}])
'5 m'
"""

from __future__ import annotations

from verifiers.options import is_missing


def completion_list(completions) -> list:
    """The completions of a batch as a list; TypeError for one string (a batch of one is ``[text]``), which would
    otherwise be read a character at a time.

    >>> completion_list(("a", "b"))
    ['a', 'b']
    """
    if isinstance(completions, (str, bytes)):
        raise TypeError(f"completions must be a list with one entry per completion, got a {type(completions).__name__}"
                        f" ({completions[:40]!r}); for one completion pass [text]")
    return list(completions)


def completion_text(completion) -> str:
    """A completion as text: a string, or the last assistant message of a chat message list."""
    if isinstance(completion, str):
        return completion
    if is_missing(completion):  # None, NaN, pd.NA: no text, not the letters "nan"
        return ""
    if isinstance(completion, dict):
        return _content(completion.get("content"))
    if isinstance(completion, (list, tuple)):
        messages = [m for m in completion if isinstance(m, dict)]
        assistant = [m for m in messages if m.get("role", "assistant") == "assistant"]
        chosen = assistant or messages
        return _content(chosen[-1].get("content")) if chosen else ""
    return str(completion)


def _content(content) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # multimodal parts: keep the text ones
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return str(content)
