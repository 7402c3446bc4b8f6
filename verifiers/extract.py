"""Find the final answer(s) a completion commits to.

Order of preference: ``\\boxed{}``/``\\fbox{}`` contents, ``<answer>`` tags, "final answer is" /
"Answer:" lines, then the last line that looks like an answer. Reasoning inside a closed
``<think>...</think>`` block is ignored. Every candidate of the winning kind is returned, in order, so the
grader can tell a consistent answer from a hedge (two different boxed values) or a multi-part answer.

>>> extract_answers(r"so v = 3 m/s, giving \\boxed{\\frac{1}{2}} overall")
['\\\\frac{1}{2}']
>>> extract_answers("Work...\\nAnswer: 12 N")
['12 N']
>>> extract_answers("Final Answer: The final answer is $5$. I hope it is correct.")
['5']
>>> extract_answers("   ")
[]

All scans are linear and look only at the last ``_TAIL`` characters of very long completions.
"""

from __future__ import annotations

import html
import re

from verifiers.answer_text import DENIAL_RE, WORD_RE, compares, label_rank, qualifier, without_words_defining
from verifiers.errors import ParseError
from verifiers.latex import normalise
from verifiers.limits import MAX_ANSWER_CHARS
from verifiers.number_words import NUMBER_WORDS, in_digits
from verifiers.parser import parse
from verifiers.quantity import to_quantity
from verifiers.unit_words import JOINING_WORDS
from verifiers.units import lookup_word

_TAIL = 20_000
_BOX_RE = re.compile(r"\\(?:boxed|fbox|framebox(?:\[[^\]\n]{0,20}\]){0,2}|bbox(?:\[[^\]\n]{0,30}\])?)\s*")
# ("\framebox[2cm][c]{...}", MathJax's "\bbox[yellow]{...}")
_BRACE = re.compile(r"(?<!\\)[{}]")  # a brace that groups (not an escaped one)
# a power of ten after a box that holds a number is part of it: "\boxed{5} \times 10^{3} N" is 5000 N, for any gold
_SCALE_AFTER_BOX = re.compile(r"[ \t]{0,3}\$?[ \t]{0,3}(?:\\times|\\cdot|[x\u00d7])[ \t]{0,3}10[ \t]{0,3}\^[ \t]{0,3}"
                              r"(?:\{[-+]?\d{1,3}\}|[-+]?\d{1,3})")
# a unit after a box (perhaps on the next line), ending its sentence or line: "\boxed{5}\ \text{km/h}", "\boxed{12}~N.",
# "$\boxed{3}$ m/s", "\boxed{27}\ ^\circ\text{C}" (not "\boxed{5} in the first case", nor "\boxed{9.8} m s^{-2}", a
# unit it would cut short)
_UNIT_AFTER_BOX = re.compile(
    r"[ \t]{0,3}\n?[ \t]{0,3}(?:\$|\\[,;: )\]]|~){0,3}[ \t]{0,3}(?:\\(?:text|mathrm|rm|mbox|textrm)\s?\{([^{}]{1,24})\}"
    r"|([A-Za-z][A-Za-z/\-\d.]{0,15})|(\^\s?\\circ\s?(?:\\(?:text|mathrm)\s?\{[CF]\}|[CF])?|\u00b0[CF]?))"
    r"(\^\{?-?\d\}?)?[ \t]{0,3}\${0,2}(?:\\text\{\.\})?[ \t]{0,3}(?:\\[)\]])?[ \t]{0,3}(?=[.,;:!]?(?:\n|\Z)|[.,;:!]\s)")
# (and the math's closing delimiter after the unit: "\(\boxed{5.0}\ \text{km/s}\).")
# a box holding a number only: digits, signs, "\times 10^{3}", "\frac{1}{2}", an exponent's e
_NUMERIC_BOX = re.compile(r"[-+\d.,\s{}()^/*]*(?:(?:\\times|\\cdot|\\d?frac|\\sqrt|\\,|[eE](?=[-+]?\d))"
                          r"[-+\d.,\s{}()^/*]*)*")
# words that take an answer back or correct it: an aside or a reply holding them is no mere remark
_CORRECTION = re.compile(r"\b(?:wait|actually|error|mistake|wrong|incorrect|redo|correction|instead|rather|oops)\b",
                         re.I)
# another value offered as such: "Alternatively", "Alternative: 10 N", "Other possible values", "Other values that could come
# up" (not "Alternative method: ...", "Other values given in the problem")
_OFFERED_CUE = (r"alternatively|alternative(?:\s(?:answers?|values?|results?))?(?=\s{0,3}(?:\*\*)?:)|other\s(?:possible|"
                r"plausible|candidate)\s(?:values?|answers?)|other\s(?:values?|answers?)\s(?:that\s)?(?:could|might|may)|"
                r"another\s(?:possible|plausible|candidate)\s(?:value|answer)|other\spossibilit(?:y|ies)|"
                r"other\s(?:values?|answers?)\s(?:I|we)\s(?:considered|got|found)")
_OFFERS_ANOTHER = re.compile(r"(?:note:?\s{1,3})?(?:however|but|" + _OFFERED_CUE + r"|or|though|i'?m\s(?:not\s(?:sure|certain)|"
                            r"unsure)|not\ssure|maybe|perhaps|possibly|it\s(?:could|might|may)|the\sanswer\s(?:could|"
                            r"might|may)|on\ssecond\sthought|another\spossibility|yet|a\smore\scareful|using|if)\b", re.I)
# the reply naming its own mistake: "I made an arithmetic slip", "I halved it by mistake", "I forgot the friction force"
_OWN_MISTAKE = (r"i\s{1,3}(?:(?:have\s{1,3})?made\s{1,3}(?:an?\s{1,3})?(?:[a-z]{1,15}\s{1,3})?(?:mistake|error|slip)|"
                r"(?:forgot|missed|double[- ]counted|mixed\s{1,3}up|confused|misread|dropped)\b"
                r"[^.:;!?\n]{0,60}|[a-z]{1,15}\s{1,3}(?:it|this|that)\s{1,3}by\s{1,3}mistake)")
# a paragraph opening in doubt or a second look ("Hmm, it might be 15 N", "Then again, D ...", "I think it could be ...")
_OPENS_DOUBT = re.compile(r"(?:(?:hmm+|ok(?:ay)?|well)[,.!]{0,3}\s{1,3})?"
                          r"(?:(?:hmm|i\s{1,3}think)[,.]?\s{1,3}(?:it\s{1,3}|the\s{1,3}answer\s{1,3})?(?:might|could|may|maybe|"
                          r"perhaps|actually|wait|no|but)|(?:hmm|wait|oops)[,.]?\s{1,3}(?:" + _OWN_MISTAKE
                          + r"|on\s{1,3}second|i'?m\s{1,3}not\s{1,3}sure)|then\s{1,3}again|scratch\s{1,3}that|let\s{1,3}me\s{1,3}re(?:do|consider)|"
                          r"depending|\(\s?if|i'?m\s{1,3}not\s{1,3}(?:\d{1,3}%\s{1,3})?(?:sure|certain)|unverified|"
                          r"not\s{1,3}(?:verified|checked)|on\s{1,3}reflection|hold\s{1,3}on|let\s{1,3}me\s{1,3}rethink|"
                          r"with\s{1,3}\\?[A-Za-z]{1,8}(?=\s?=))\b", re.I)  # (not "Let me recheck: ...", "I think this is right";
# a filler before: "Hmm, let me reconsider")
# a paragraph of a few words and no value between the answer and what follows ("Done.", "Cheers!", "Q.E.D.", "<hr>")
_FILLER_PARAGRAPH = re.compile(r"<hr\s?/?>|[A-Za-z][A-Za-z'.]{0,11}(?:\s[A-Za-z][A-Za-z'.]{0,11}){0,2}[.!]{0,3}")
_ONLY_RIGHTNESS = re.compile(r"(?:the\s)?(?:correct|right|true)(?:\s(?:one|answer|choice|option))?[.!]?", re.I)
_ASIDE = re.compile(r"\A\W*(?:I\s+)?(?:hope\b|let\s+me\s+know|feel\s+free|if\s+you\s+have|good\s+luck|note\b|"
                    r"happy\s+to|please\s+(?:let|ask|feel)|(?:(?:as|for)\s+an?\s+|to\s+)?(?:[A-Za-z]{1,12}[\s-]+)?"
                    r"check(?:ing)?\b|(?:to\s+|as\s+an?\s+)?verif(?:y|ication)\b|for\s+comparison\b)",
                    re.I)  # a line said beside the answer ("Check: $5^2 = 25$ ✓", "As a sanity check, 59 - 49 = 10 N")
# "Hence (B) is correct; (A), (C) and (D) are incorrect": the option a line calls right
_RIGHT_OPTION = re.compile(r"(?<![\w\\])((?:\(?[A-J]\)?(?:,\s{0,2}|\s{1,2}and\s{1,2}|,\s{0,2}and\s{1,2})){0,5}\(?[A-J]\)?)"
                           r"\s(?:is|are|must\s+be)\s(?:also\s)?(?:the\s)?(?:only\s)?(?:correct|right|true)\b")
# "option (B) $\frac{\sqrt3}{2}$ is correct", "choice C (2\sqrt{2} m/s) is the right one": an option named with its text
_OPTION_CALLED_RIGHT = re.compile(r"\b(?i:option|choice)\s{0,2}\(?([A-J])\)?(?=[\s:$(])[^.;!?\n]{0,80}?\s(?:is|must\s{1,3}be)\s{1,3}"
                                  r"(?:the\s{1,3})?(?:correct|right|true)\b")
_OTHERS_RULED_OUT = re.compile(r"[\s,;.]{0,3}(?:(?:and\s{1,3})?(?:not|rather\s{1,3}than|instead\s{1,3}of)\s{1,3}(?:options?\s{0,2})?"
                               r"\(?[A-J]\)?[\s.]{0,2}\Z|(?:the\s{1,3})?(?:other\s{1,3})?options?\s{0,2}[^.;!?]{0,40}?\s"
                               r"(?:is|are)\s{1,3}(?:all\s{1,3})?(?:wrong|incorrect|false)\b[\s.]{0,2}\Z)", re.I)
_JOINED_AFTER = re.compile(r"\s{0,3},\s{0,3}(?:or|i\.e\.|which|that\s{1,3}is)\b", re.I)
_MATH_MARKS = re.compile(r"\\(?:text|mathrm)\s?\{([^{}]{0,20})\}|\$|\\[()\[\],;! ]")
_REASON_CLAUSE = re.compile(r",?\s{1,3}(?:because|since)\s[^.;!?]{0,200}", re.I)
_BRACKETED_RANGE = re.compile(r"[ \t]{0,3}[(\[]\s?(?:(?:about|approximately|approx\.?|roughly|around|\u2248|~|it|could|might|may|be|"
                              r"anywhere|somewhere|from|between|range|in|the|of|likely|probably|maybe|perhaps)[,:]?\s{1,2}){0,8}"
                              r"(-?\d[\d.]{0,12})\s?(?:[A-Za-z/^]{1,8}\s?)?(?:to|-|\u2013|and)\s?(-?\d[\d.]{0,12})"
                              r"\s?([A-Za-z/^\d]{0,12})\s?[)\]]")
# "(11 ≤ T ≤ 13 N)": the answer's values bounded on both sides, a range too (its groups as _BRACKETED_RANGE's)
_BRACKETED_BOUNDS = re.compile(r"[ \t]{0,3}[(\[]\s?(-?\d[\d.]{0,12})\s?(?:[A-Za-z/^]{1,8}\s?)?(?:<=?|\u2264|\\leq?)\s?"
                               r"[A-Za-z][A-Za-z_{}]{0,6}\s?(?:<=?|\u2264|\\leq?)\s?(-?\d[\d.]{0,12})\s?([A-Za-z/^\d]{0,12})\s?[)\]]")
_CONDITION_BETWEEN = re.compile(r"\b(?:only\s{1,3}if|if|unless|but|however|since|because|assuming)\b", re.I)
_OTHER_OPTION_AS_REASON = re.compile(r"\A[\s,;]{0,3}(?:not|unlike|rather\s{1,3}than|instead\s{1,3}of|since|because|as|"
                                     r"while|whereas)\b|\b(?:is|are)\s{1,3}(?:a\s{1,3}(?:common\s{1,3})?trap|wrong|"
                                     r"incorrect|false)\b", re.I)
_ALSO_RIGHT = re.compile(r"\b(?:also|too|as\s{1,3}well|so\s{1,3}(?:is|are)|likewise)\b", re.I)
_OR_ANOTHER_OPTION = re.compile(r"\b(?:or|and)\s{1,3}(?:options?\s{1,3})?\(?[A-J]\)?(?!\w)", re.I)
_WORD_RUN = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{2,}")
_SUMMARY_ITEMS = re.compile(r"[,;()]|\band\b")
_PART_LABEL = re.compile(r"\A\s{0,3}\(?[a-h]\)\s{0,3}|\A\s{0,3}[a-h]\s{0,3}\Z")
_STILL_OFFERED = re.compile(r"\b(?:or|maybe|perhaps|also|too|possibly|could|might)\b", re.I)
OPTION_LETTER_RE = re.compile(r"[A-J]")  # an option's letter (also the grader's and choice's)
_DIGIT = re.compile(r"\d")
_ANSWER_ABOVE = re.compile(r"(?:\A|\n)[ \t*#]{0,6}((?i:answer)\s{0,2}:[^\n]{1,80})\n[ \t$\\\[(]{0,8}\Z")
_MAX_ANSWER_ABOVE = 120
# an answer marked before the box, which it must agree with: "Answer: 14.0 m/s" opening a line, "| **Final answer** |
# **14.0 m/s** |", '{"answer": "14.0 m/s"}', "<summary>Answer</summary>15 N" (not "the answer is" in passing)
_ANSWER_MARKED_BEFORE = re.compile(r"(?:^|\n)[ \t*#>|_]{0,6}(?:final\s{1,3})?answer[*_]{0,2}\s{0,2}[:|\uff1a][ \t*_|]{0,4}"
                                   r"([^\n|]{1,80})|\"(?:final_?)?answer\"\s{0,2}:\s{0,2}\"([^\"\n]{1,80})\"|"
                                   r"<summary>\s{0,3}(?:final\s)?answer\s{0,3}</summary>\s{0,3}([^<\n]{1,80})", re.I)
# a line marked as the result, after the boxes: GSM8K's "#### 15", "Ans. 20 N", "TL;DR: 20 N", "Edit: 20 N", "P.S. 20 N",
# (no arrows: "\Rightarrow", "=>" are derivations' steps)
# "∴ T = 20 N", a JSON answer field, each a value (not "Units: kN", "Check: ...", "Note: ...", a heading "#### Step 2: ...")
_MARKED_LINE = re.compile(r"^[ \t*>_$]{0,4}(?:\\[(\[]\s?)?(?:[-+\u2022]\s{1,3}|\d{1,2}[.)]\s{1,3})?[*_]{0,2}(?:#{4}|\u2234|"
                          r"\\therefore|(?:P\.?\s?(?:P\.?\s?)?S|TL;?\s?DR|Ans|"
                          r"(?:(?:the|my|net)\s)?(?:final\s)?results?|Summary|Edit(?:ed)?(?:\s\d{1,2})?|Update[d]?|Correction|"
                          r"Conclusion|Verdict|Bottom\sline|In\sshort|In\ssummary|To\ssummari[sz]e|Key\stakeaway|Final\svalue|"
                          r"Q\.?E\.?D)\b\.?(?:\*\*|__|\*|_)?[ \t]{0,2}(?::|\uff1a|=|,|\.|\u2014|-\s|->))"
                          r"[ \t*_]{0,4}([^\n]{1,%d})|[{ ,]{0,3}[\"'](?:(?:final[_ ])?(?:answer|result)(?:[_ ]?\d)?|alternative(?:[_ ]answer)?|"
                          r"alt|or|other[_ ]answer|second[_ ]answer|backup(?:[_ ]answer)?)[\"'][ \t]{0,2}:\s{0,3}[\"']?"
                          r"([^\n\"'}]{1,%d})" % (MAX_ANSWER_CHARS, MAX_ANSWER_CHARS), re.M | re.I)
_TRUTH_WORD = re.compile(r"true|false|yes|no", re.I)
_ONE_OPTION = re.compile(r"\(?[A-J]\)?")
# struck-out text: Markdown's ~~...~~ between spaces or marks (not "12~~N", LaTeX's spaces), \sout{...} with one group
# inside, HTML's <del>/<strike>
_STRUCK = re.compile(r"(?<![^\s(>*:{])~~(?=\S)[^~\n]{1,200}(?<=\S)~~(?![^\s.,;:)!?*<}])|<s>[^<\n]{1,60}</s>|\\sout\s?\{(?:[^{}]|\{[^{}]{0,200}\}){0,200}\}|"
                     r"<(del|strike)>[^<]{0,200}</\1>", re.I)
_HTML_TAG = re.compile(r"</?(?:b|strong|em|i|u|p|br|span|div|code|pre|h[1-6]|li|ul|ol|mark|sup|sub|small|big|font|tt)"
                       r"(?:\s[^<>]{0,100})?\s?/?>|&nbsp;", re.I)
_HTML_SCRIPTS = {"<sup>": "^{", "</sup>": "}", "<sub>": "_{", "</sub>": "}"}
# an answer line the reply does not give as its own: "Wrong answer: 12 N", "Not the answer: 12 N", "Draft answer:",
# "Reference answer:", "The textbook's answer:" (not "Alternative answer: 15 N", an offer held against the answer)
_NOT_OWN_ANSWER = re.compile(r"\b(?:incorrect|wrong|not\s{1,3}(?:the|my|an?|a\s{1,3}final)|draft|reference|sample|"
                             r"example|previous|old|earlier|rejected|textbook'?s?|book'?s?|their|students?'?s?|"
                             r"other\s{1,3}people'?s?|(?<!/)false|mistaken|bad|erroneous)(?:\s{1,3}final)?\s{1,3}(?:\*\*)?\Z",
                             re.I)
_GUESS_AFTER = re.compile(r"(?:[ \t\n$}]|\\[ ,;:!]){0,4}[*_]{0,2}\$?(?:\\text\s?\{\s?)?(?:(?:`?[(\[]|`|[-\u2014\u2013,]\s?|[*_])\s?"
                          r"(?:\\text\s?\{\s?)?"
                          r"(?:(?:just|jus|only|a|my|"
                          r"best|random|wild|rough|blind|pure|educated|i|i'?m|low|very|a\s{1,3}bit)\s{1,3}){0,3}(?:guess(?:ed|ing)?"
                          r"\b(?!-)|hunch\b|speculative\b|(?:unverified|not\s{1,3}(?:\d{1,3}%\s{1,3})?(?:verified|sure|checked|certain)|unsure|uncertain|"
                          r"tentative|low\s{1,3}(?:confidence|certainty))\b|confidence\s?:?\s?[1-4]?\d\s?%)|[(\[]\s?(?:probably|maybe|"
                          r"perhaps|unchecked)\s?[)\]]|,\s?maybe\s?\?)", re.I)
# "Guess: \boxed{B}", "My guess is \boxed{12 N}": a box the reply calls a guess before it
_GUESS_BEFORE = re.compile(r"\b(?:my\s{1,3})?(?:(?:best|wild|rough|educated|blind|random)\s{1,3})?guess(?:\s{1,3}(?:is|would\s{1,3}"
                           r"be)|\s?:)[\s$*(\\\[]{0,6}\Z", re.I)
_LETTER_JOINED = re.compile(r"[ \t$}]{0,3},\s{0,3}(?:and\s{1,3}|or\s{1,3})?\(?([A-J])\)?(?=[\s.,;:!]|\Z)")  # ", C", ", (C)"
_COMPARES_OPENING = re.compile(r"(?:if\s{1,3}we\s{1,3}compare|compar(?:ed|ing)\b|for\s{1,3}comparison|by\s{1,3}comparison|"
                               r"as\s{1,3}a\s{1,3}(?:sanity\s{1,3})?check|to\s{1,3}check)", re.I)
_LETTER_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
_FOOTNOTE_OPEN = re.compile(r"\s{0,3}(?:\[\^\w{1,4}\]:|\*(?![*\s]))")  # a footnote ("*...", "[^1]: ..."), not bold
_FOOTNOTE_MARK = re.compile(r"\A\[\^\w{1,4}\]:?\s{0,3}")
_FOOTNOTE_REFERENCE = re.compile(r"\[\^\w{1,4}\](?!:)")


def _wordy_footnote(line: str) -> bool:
    """A footnote's text in words only ("[^1]: Computed using Newton's second law."): a note, no answer."""
    mark = _FOOTNOTE_MARK.match(line)
    return mark is not None and ":" in mark.group() and not _DIGIT.search(line, mark.end())
_HEADING_NUMBER = re.compile(r"(?:[A-Za-z]{1,8}\s?)?\d{1,2}[.):]|[A-Za-z]{1,8}\s?\d{1,2}")
_RELATION_SIGN = re.compile(r"[<>\u2264\u2265]|\\(?:[lg]eq?|[lg]g|ne|neq)\b")
_LIST_ITEMS = re.compile(r"\s{0,2}(?:[,;]|\band\b)\s{0,2}")
_ASKED_AFTER = re.compile(r"[ \t$}\\\])]{0,6}\n?[ \t]{0,3}(?:quad\s?)?(?:\.{0,3}[?\uff1f\u203d\u061f\u2047]|\(\?{1,3}\))")  # "\boxed{12 N}?", "$\boxed{B}$?", "\boxed{12 N} (?)"
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")  # a paragraph break: lines with nothing, or only spaces, between
_SPACE_RUN = re.compile(r"[ \t]{2,}")
# characters that show nothing (zero-width spaces and joiners, a soft hyphen, a byte-order mark): "Alter\u200bnatively"
# is "Alternatively" to a reader, and to the patterns below; a no-break space is a space
_INVISIBLE = {ord(ch): None for ch in "\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u200e\u200f"
                                      "\u202a\u202b\u202c\u202d\u202e\u034f\u180e" + "".join(map(chr, range(0xFE00, 0xFE10)))}
_INVISIBLE.update({ord(ch): " " for ch in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                                         "\u202f\u205f\u3000"})  # (spaces of any width are spaces)
# pictographs, emoji and dingbats (a celebration or a check mark after the answer: "The answer is 12 N 🎉"), spaces too;
# not the sun's symbol, a solar mass's (M☉)
_INVISIBLE.update({code: " " for code in (*range(0x1F000, 0x1FB00), *range(0x2600, 0x27C0), *range(0x2B50, 0x2B5A))
                   if code != 0x2609 and not 0x263F <= code <= 0x2647})  # (nor the planets': M♃, M♁)
_INVISIBLE.update({code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)})  # full-width forms: "ｏｒ", "１２ N"
# Cyrillic letters drawn as Latin ones, read as those in a word that mixes the two scripts ("wrоng", "Wаit"); a
# word in Cyrillic alone stays as written ("12 Н" is twelve newtons in Russian, no henry)
_CYRILLIC = re.compile("[\u0400-\u052f]")
_MIXED_WORD = re.compile("[A-Za-z\u0400-\u052f]+")
_LATIN_LOOKS = str.maketrans("\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0430\u0435\u043e"
                             "\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u04bb\u0501", "ABEKMHOPCTXaeopcyxijshd")


def _as_latin(word: re.Match) -> str:
    text = word.group()
    return text.translate(_LATIN_LOOKS) if not text.isascii() and _LETTERS.search(text) else text


_TRUTH = re.compile(r"\s{0,3}(?i:true|false)[.!]?\s{0,3}")  # "the statement is true"
_NAMES_A_LETTER = re.compile(r"(?<![\\\w])[A-J](?!\w)|\([a-jA-J]\)")  # "Option (C) is correct", "C is the right one"
_LETTERS = re.compile(r"[A-Za-z]+")
_MAX_PART_LINES = 8
_MAX_VALUE_LINE = 80
_PRECISION_NOTE = re.compile(r"\bs\.\s?f\b|\bsig|significant|decimal|d\.p\b", re.I)  # "2 s.f.": a note, no value
_MAX_PARTS_BLOCK = 4000  # characters after "Final Answer:" alone on its line searched for its parts
_NOT_UNITS = frozenset("in at a an as am is or per each".split())  # words that name units but mostly are words
# Tags are found as literals and paired by hand: "<think>.*?</think>" rescans to the end from every
# unclosed "<think>" (quadratic in a 2 MB completion).
_THINK_OPEN, _THINK_CLOSE = re.compile("<think>", re.I), re.compile("</think>", re.I)
_NEW_TURN = re.compile(r"<\|(?:im_start|start_header_id)\|>|\n[ \t]{0,3}(?:Human|User)[ \t]{0,3}:")  # (or a plain-text turn)
# a base model's next exchange after its answer: "Answer: 12 N\n\nQuestion: A second block ...\nAnswer: 15 N"
_NEW_QUESTION = re.compile(r"\n[ \t]{0,3}(?:#{1,4}[ \t]{0,3})?(?:\*\*)?(?:Question|Problem|Q)(?:[ \t]{0,3}\d{1,3})?[ \t]{0,3}"
                           r"[:.](?:\*\*)?[ \t]{1,3}\S")  # (not "Q.E.D.")
_ANSWERED = re.compile(r"\\boxed|\banswer\b", re.I)
_RIGHT_TO_LEFT = re.compile("\u202e([^\u202c\n]*)\u202c?")  # an override, to its pop or the line's end
_ASSISTANT_TURN = re.compile(r"<\|(?:im_start|start_header_id)\|>\s{0,3}assistant")
_CHAT_TOKEN = re.compile(r"<\|[a-z_]{1,40}\|>|</?s>")  # ("</s>": Llama-2's end of sequence)
_TAG_OPEN, _TAG_CLOSE = re.compile("<answer>", re.I), re.compile("</answer>", re.I)
_MAX_TAGGED = 4000
_VERB_RE = re.compile(r"\b(?:is|are|equals|be)\b|(?:(?<=\b[Ii]t)|(?<=\b[Tt]hat))['\u2019]s\b")  # ("it's 6 m/s")
# "Answer:", "The answer is", "final answer is", "**Final Answer:**" - not "to answer this question"
_ANSWER_LINE_RE = re.compile(
    r"\b(?:final\s+answer|answer)s?\b(?:\*\*)?(?:\s*(?::|\bis\b|=)|[ \t]{1,3}[-\u2014](?=[ \t]{0,3}(?:[-\d$\\]|\([A-J]\))))(?:\s|\*\*|:)*"
    r"([^\n]{0,%d})" % MAX_ANSWER_CHARS,
    re.I)
# A sentence ends at ". " (or "!"/"?") followed by a capital letter: "5 m/s. I hope it helps.", "is 12. I"
# "Wait, that's not right - ", "No, that's wrong:": a sentence that corrects the one before, then states its value
# "that's not right", "this is wrong": a reply taking back what it said (one pattern for the three uses below)
# what a retraction denies: the answer just given ("this", "that answer", "my result")
_DENIED = r"(?:th(?:is|at|e)\s{1,3}(?:answer|result)|my\s{1,3}(?:answer|result)|this|that|it)"
_RETRACTION = (r"(?:(?:i'?m\s{1,3}(?:pretty|fairly|quite)\s{1,3}sure\s{1,3}|i\s{1,3}(?:realize|see|think|believe)(?:\s{1,3}"
               r"now)?(?:\s{1,3}that)?\s{1,3})?(?:that'?s|it'?s|" + _DENIED
               + r"\s{1,3}(?:is|was))\s{1,3}(?:(?:probably|likely)\s{1,3})?(?:not\s{1,3}(?:right|correct|reliable)|wrong|incorrect|"
               r"unreliable)|"
               + _DENIED + r"\s{1,3}(?:can'?n?o?t|could\s?n'?o?t)\s{1,3}be\s{1,3}(?:right|correct)|"
               + _DENIED + r"\s{1,3}does\s?n[o']?t\s{1,3}(?:look|seem)\s{1,3}(?:right|correct)|"
               r"(?:i\s{1,3}do\s?n[o']?t\s{1,3}think|i(?:'m|\s{1,3}am)\s{1,3}not\s{1,3}(?:confident|sure|certain)(?:\s{1,3}that)?)"
               r"\s{1,3}(?:" + _DENIED + r"\s{1,3}is|that'?s|it'?s)\s{1,3}(?:right|correct)|"
               r"i(?:'m|\s{1,3}am)\s{1,3}not\s{1,3}(?:confident|sure)\s{1,3}(?:in|of|about)\s{1,3}" + _DENIED + r"|"
               + _DENIED + r"\s{1,3}(?:seems|looks|is)\s{1,3}(?:off|wrong|incorrect)|"
               r"something\s{1,3}(?:is|seems|looks)\s{1,3}(?:off|wrong)(?:\s{1,3}here)?|"
               r"(?:i\s{1,3}(?:doubt|suspect)|(?:i'?m\s{1,3})?not\s{1,3}sure)(?:\s{1,3}that)?\s{1,3}" + _DENIED
               + r"\s{1,3}is\s{1,3}(?:right|correct|wrong|incorrect)|"
               + _DENIED + r"\s{1,3}does\s?n[o']?t\s{1,3}make\s{1,3}sense|"
               r"scratch\s{1,3}that)")  # ("That can't be right", "This answer is wrong", "I don't think this is right")
_SELF_CORRECTION = re.compile(r"\A\s{0,3}(?:(?:wait|no|hmm|oops|sorry|actually)[,.!]?\s{1,3})?" + _RETRACTION
                              + r"\s{0,2}[\u2014\u2013:;,.!-]{1,3}\s{0,3}", re.I)
# "I could not complete the derivation", "I cannot solve it": the reply's last words give up
_GIVES_UP = re.compile(r"\bI(?:\s|'m\s)(?:could\s?n[o']?t|can\s?n?[o']?t|(?:am\s|was\s)?(?:not\s)?unable\sto|(?:am|was)\snot\sable\sto|"
                       r"do\s?n[o']?t\sknow\show\sto)\s(?:fully\s|quite\s)?(?:complete|finish|solve|determine|find|"
                       r"compute|derive|calculate|work\sout)(?:\s(?:the|this|a|an|its|my|a\sfinal))?\s(?:answer|solution|"
                       r"value|problem|question|derivation|calculation|result|it|this|\\?[A-Za-z](?:_\{?\w{1,6}\}?)?)"
                       r"(?:\s(?:here|fully|completely|in\stime))?"
                       r"(?:[;,:]\s{1,3}(?:so\s)?(?:the|this|my)\s(?:above|value|result|answer|work)(?:\s(?:above|here))?\s"
                       r"(?:is|are)\s(?:only\s|just\s)?(?:an?\s)?(?:partial|incomplete|unreliable|unfinished)(?:\s(?:result|"
                       r"answer|value|attempt))?)?"
                       r"(?:,?\s(?:sorry|unfortunately))?(?:,?\s(?:so|and)\s(?:this|it|that)(?:'s|\sis)\s(?:just\s|only\s)?"
                       r"(?:a\s|my\s)?(?:\w+\s)?guess)?[.!]?\s{0,3}\Z"
                       r"|\bI\s(?:do\s?n[o']?t|really\sdo\s?n[o']?t)\sknow(?:\show\sto\s(?:finish|complete|solve)\s(?:this|it)|"
                       r"\s(?:this|that|it)(?:\sone)?|\sthe\sanswer)?"
                       r"[.!]?\s{0,3}\Z|\bI\sgive\sup[.!]?\s{0,3}\Z")  # ("... I don't know.", "I give up.")
# (the reply's own last words, in the first person: not "If you cannot solve it this way, ...", "cannot find any
# error", nor "I could not determine the answer to part (b)")
_BARE_DENIAL = re.compile(r"(?:[\u2014\u2013-]{1,2}\s{1,3})?(?:(?:no|wait|hmm|oops|but|honestly|however|sorry|never\s{1,3}mind|"
                          r"actually(?:\s{1,3}no)?)[,.!]?\s{1,3}){0,3}"
                          r"(?:on\s{1,3}(?:second\s{1,3}thought|reflection),?\s{1,3})?"
                          r"(?:i\s{1,3}(?:could\s?n'?o?t|can'?n?o?t|did\s?n'?o?t)\s{1,3}(?:verify|check|confirm)\s{1,3}(?:this|it)"
                          r"(?:\s{1,3}and|,)\s{1,3})?"
                          r"(?:[^.!?,;\d=]{1,80},\s{1,3}so\s{1,3}(?=this\b|my\b|something\b))?" + _RETRACTION
                          + r"(?:\s{1,3}(?:either|physically))?(?:(?:,?\s{1,3}(?:because|since|as|given|but)\b|\s{0,3}[;:\u2014\u2013]|\s-{1,2}\s)"
                          r"(?![^.!?]{0,300}\b(?:is|'s)\s{1,3}(?:right|correct|fine)\b)[^.!?]{0,300})?"
                          r"|actually,?\s{1,3}no", re.I)
# (a lead clause: "that violates energy conservation, so this is incorrect"; a reason: "... because I ignored
# friction", "; I need to redo this"; not one that ends "...; however, the block accelerates, so it is right")
# a sentence opening with the reply's own mistake named ("Actually no - I made an arithmetic slip: ", "Hmm, I halved it
# by mistake; "): what follows it is the corrected value
_MISTAKE_LEAD = re.compile(r"\A\s{0,3}(?:(?:wait|no|hmm|oops|sorry|actually)[,.!]?\s{1,3}(?:[\u2014\u2013-]{1,2}\s{1,3})?){0,3}"
                           + _OWN_MISTAKE + r"\s{0,3}[:;,.\u2014\u2013-]{1,2}\s{0,3}"
                           r"(?:let\s{1,3}me\s{1,3}(?:redo|recompute|recalculate|fix)(?:\s{1,3}(?:it|this|that))?\s{0,3}"
                           r"[:;,.\u2014\u2013-]{1,2}\s{0,3})?", re.I)
_GUESSED = re.compile(r"\b(?:maybe|perhaps|possibly|probably|I(?:\s|'d\s|\swould\s)guess)\b", re.I)
_MODAL_ALSO = re.compile(r"\b(?:could|might|may)\s{1,3}(?:also\s{1,3})?be\b", re.I)
_LATEX_COMMENT = re.compile(r"^[ \t]{0,8}%[^\n]*", re.M)  # a line LaTeX comments out
_MODAL_BE = re.compile(r"\b(?:could|might)\s{1,3}(?:also\s{1,3})?be\s{0,3}\Z", re.I)  # "It could be 12 N": offered
_FILLER = re.compile(r"(?:(?:hmm|wait|no|oops|well|okay|ok)[,!]?\s{0,3}){1,3}", re.I)  # a sentence of fillers alone
_BRACKETED_OPTION = re.compile(r"\([A-J]\)")
_MATH_CLOSED = re.compile(r"\A[\s$]{0,4}(?:\\[)\]])?[\s$]{0,4}")
# right after a final answer: "is wrong", "is not correct" (its math's delimiter closed first)
_DENIED_AFTER = re.compile(r"[ \t$]{0,3}(?:\\[)\]])?[ \t$]{0,3}(?:(?:(?:is|was)(?:\s{1,3}(?:definitely|clearly|probably|certainly|"
                           r"obviously))?|seems|looks)\s{1,3}(?:wrong|incorrect|not\s{1,3}(?:right|correct|the\s{1,3}"
                           r"(?:(?:correct|right|final)\s{1,3})?answer))|isn'?t\s{1,3}(?:right|correct|the\s{1,3}answer))\b",
                           re.I)
_CLAUSE_END = re.compile(r"(;|,?\s{1,3}or\b|\.\s)")  # where a remark's clause ends: "; it could be 30 N", ", or 30 N"
_SENTENCE_END = re.compile(r"(?<!\\)[.!?]\s+(?=[A-Z])")
_MATH_SPAN = re.compile(r"^\$+([^$]+)\$+")
# after an answer line's math: a word joining another value to it ("to $15$ N", "or 6 m/s", "(or $13$ N)")
# ("$12$ N (lower bound) to $15$ N", "$12$ N, $15$ N", "$12$ N; $15$ N", "$12$ N (approximately $15$ N)": a remark
# in brackets before the word; no word, after a comma, a semicolon or a bracket)
_ANOTHER_VALUE = re.compile(r"\A[\s,;]{0,3}(?:\([^()$]{1,30}\)\s{0,3})?\(?\s{0,3}(?:(?:to|and|or(?:\s{1,3}equivalently)?|"
                            r"possibly|perhaps|maybe|probably|approximately|about|roughly|i\.e\.|which\s{1,3}is|vs\.?|"
                            r"up\s{1,3}to|(?:but\s{1,3})?(?:could|might|may)\s{1,3}be|but|"
                            r"versus|&|-{1,2}|–|—)\s{0,3})?(?:\$|-?\.?\d)", re.I)
# after an answer line's math: a condition, then another value joined to it ("$A$ if the sphere conducts and $B$
# otherwise", "$A$ for a shell, but $B$ for a solid ball")
_UNDER_CONDITION = re.compile(r"\A[\s,]{0,3}(?:if|when|for|in\s{1,3}case)\b[^$\n]{1,80}?(?:\b(?:and|but|or|while|whereas|"
                              r"otherwise|else)\b|[;,])[\s,]{0,3}(?:(?:it|this)\s{1,3})?(?:is\s{1,3})?"
                              r"(?:(?:otherwise|else)[\s,]{1,3})?(?=\$)", re.I)
_OTHER_CASE_END = re.compile(r"\s{0,3}(?:otherwise|else|if|when|for|in|with|[.,;]|\Z)", re.I)  # (not "and $Q$ is fixed")
_COMMAND = re.compile(r"\\[A-Za-z]{1,20}")
# a reply correcting itself (not "a common mistake is ...", "Actually, in terms of momentum, ..."): for _relabelled
_CORRECTS = re.compile(r"\b(?:wait|oops|correction|i\s(?:have\s)?made\s(?:a|an)\s(?:mistake|error)|i\s(?:should|need\sto)\s"
                       r"(?:double-check|recheck|redo|correct)|let\sme\s(?:recheck|redo|correct|double-check)|actually,?\si\b|"
                       r"re-?checking|on\sreflection)\b|"
                       + _RETRACTION, re.I)
_LEFT_SIDE = re.compile(r"\s{0,3}([^=$<>]{1,30}?)\s{0,2}=(?!=)")  # an answer's label: "Q" of "Q = ..."
_OR_ANOTHER = re.compile(r"\bor\s{1,3}(?:(?:about|approximately|approx\.|roughly|around|nearly|\\approx|~|\u2248)\s{0,3})?"
                         r"(?:\$|-?\.?\d)")  # ("$1.23 \times 10^{-10}$ m, or about 12.3 Å": another value to agree)
_LEADING_WORD = re.compile(r"\s{0,3}([A-Za-z/^{}\\.\d-]{0,15}[A-Za-z/^{}\\.-])")  # a unit the box's reading missed
_MAX_UNIT_GAP = 8
LOOKS_LIKE_ANSWER = re.compile(r"[\d=$\\]")  # a digit, an equals sign or math: text that may give a value
# an option's letter and its text ("C) The acceleration is ...", "(C) The current doubles"), or named and then
# explained ("The correct choice is **(C)**: the acceleration ...")
_OPTION_WITH_TEXT = re.compile(r"(\(?[A-J]\))\s{1,3}[A-Z][a-z]")
_CHOICE_IS = re.compile(r"\b(?:choice|option)\s(?:is\s)?\**\(?([A-J])\)?\**\s?[:;,-]\s")
_STATES_TRUTH = re.compile(r"\b(?:is|are)\s(?:true|false)\b", re.I)  # "The statement is false."
_ASKING = re.compile(r"\A\W{0,3}(?:Find|Calculate|Determine|Compute|Estimate|What|How)\b|,\s{1,3}(?:find|calculate|"
                     r"determine|compute)\b")  # a question's imperative ("Calculate ...", "If n = 1 mol, find ...")
# a number in words and the word after it ("The net force is twelve joules.", "forms fifteen centimeters from")
_NUMBER_IN_WORDS = re.compile(r"\b(?i:%s)(?:[\s-](?i:%s|and|a|point))*\s([A-Za-z]{1,20})"
                              % ("|".join(sorted(NUMBER_WORDS)), "|".join(sorted(NUMBER_WORDS))))
_BOLD = re.compile(r"(?<![^\s(:|])\*\*([^*\s](?:[^*\n]{0,200}[^*\s])?)\*\*(?![^\s.,;:!?)|])")
# "\]", "\end{aligned}\]" alone on a line: the end of a display or environment, no answer
_DELIMITER_LINE = re.compile(r"(?:\\(?:begin|end)\{[a-z]{1,12}\*?\}[ \t]?)?(?:\\[\[\]()]|\$\$?)?")
# after the answer, the answer put in a range: "the true answer lies between 9 N and 12 N", "it is somewhere between ..."
_RANGE_AFTER = re.compile(r"\b(?:lies|lie|is|falls?|be|value|answer)\s{1,3}(?:somewhere\s{1,3})?(between\s{1,3}\$?-?\d[^.;\n]{0,40}?"
                          r"\sand\s{1,3}\$?-?\d[^.;,\n]{0,30})", re.I)
# an answer given before the box and superseded on the way to it: a guess, a correction, the work done again
_SUPERSEDED = re.compile(r"\b(?:guess|wait|actually|error|mistake|wrong|incorrect|re-?do|correction|oops|again|re-?check|"
                         r"re-?work|revis(?:e|ed|ing)|instead)\b", re.I)
_EXAMPLE_BEFORE = re.compile(r"\b(?:example|e\.g\.|for\sinstance|sample|format|template)\b", re.I)
_EMPHASIZED_WORD = re.compile(r"(?<![\w*])[*_]{1,2}([A-Za-z]{1,12})[*_]{1,2}(?![\w*])")  # "_Or_", "**Alternatively**"
# what may stand between two answer lines that are both final: nothing, "or", or the second marker's own word ("Answer:
# 15 N\n\nExpected answer: 12 N"; not "Revised answer:", a correction)
_BETWEEN_ANSWER_LINES = frozenset(("", "or", "expected", "reference", "true", "real", "actual", "official", "draft",
                                   "my", "the", "alternative", "another", "second", "other"))
# the reply leaves the choice of its values to the reader: "Pick whichever your course uses", "either works"
_MENU = re.compile(r"\b(?:(?:pick|choose|take)\s{1,3}(?:whichever|either\s{1,3}(?:one|value))|whichever\s{1,3}(?:your|you|one\s"
                   r"{1,3}you)\s{1,3}(?:course|textbook|teacher|prefer|need|like|want|uses?)|take\s{1,3}your\s{1,3}pick|"
                   r"either\s{1,3}(?:one\s{1,3}|value\s{1,3}|answer\s{1,3})?(?:works|is\s{1,3}(?:fine|acceptable|correct)))\b", re.I)
# "The correct option is (A)", "the answer is choice B": a sentence that chooses an option, in words and a letter
_OPTION_CHOSEN = re.compile(r"\b(?:(?:correct|right|best)\s{1,3}(?:option|choice|answer)|answer)\s{1,3}(?:is|would\s{1,3}be)"
                            r"\s{1,3}(?:(?:option|choice)\s{1,3})?\*{0,2}\(?[A-J]\b", re.I)
_NAMES_OPTION = re.compile(r"\b(?i:options?|choices?)\s?(?:(?i:is|are)\s{1,3})?\(?[A-J]\b")  # "So the correct choice is
# option B.", "The correct options are (A) and (C)."
# two or more words, then a number: "the block moves at 5 m/s" (a bound word among them is kept: "at least 5")
_WORDS_THEN_NUMBER = re.compile(r"\A((?:[A-Za-z]+[ ,]+){2,})(?=-?\d)")
_INLINE_MATH = re.compile(r"\$([^$]+)\$")
# words, one math span, then words: "The block slides $2.4\ \text{m}$ before stopping"
_WORDS_AROUND_MATH = re.compile(r"([A-Za-z ,'’-]{0,120})\$[^$]{1,200}\$[A-Za-z ,'’/^-]{0,80}[.!]?")
# words, then one math span ending the (cleaned) line, perhaps with its unit after it ("..., $a = 2.0$ m/s^2")
_WORDS_THEN_MATH = re.compile(r"\A[A-Za-z ,:'’-]*\$([^$]+)\$?(?: ?([A-Za-z][A-Za-z/^\d{}.-]{0,15}))?\Z")
_ENVIRONMENT_END = re.compile(r"\\end\s*\{([a-z]{1,12}\*?)\}\Z")
_LEADING_JUNK = " \t:;,*$\"`#"
_OFFERED_ANSWERS = re.compile(r"\b(?:possible|candidate|potential|plausible|other|wrong|incorrect)\b", re.I)
_UNIT_LETTER_END = re.compile(r"\d\s[A-Za-z]\Z")  # "12 N": a number's unit letter ending an answer ("2N!": N!)
_UNIT_AFTER_NUMBER = re.compile(r"\d\s{0,2}([A-Za-z]{1,12})")  # "12 kN": the word right after a number
# "... is 15 N.", "... = 15 N": the number a sentence states, with the unit after it
_STATES_NUMBER = re.compile(r"(?:\bis|=|\bequals|\bbe|\bcomes\sout\sto|\bgives|\bat)\s{1,3}(?:(?:about|approximately|roughly|actually|really|"
                            r"\\approx)\s{1,3})?\$?(-?\d[\d.,]{0,12}(?:\s?(?:\\times|x|\*)\s?10\^\{?-?\d{1,3}\}?)?\$?"
                            r"\s?[A-Za-z][A-Za-z/^{}\d]{0,12})")
# an alternative or a condition offered after the answer ("instead", "alternatively", "also plausible")
_JUDGEMENT_WORD = re.compile(r"(?:quite\s|very\s|physically\s|the\s|an?\s)?(?!true\b|false\b)[a-z]{4,20}")  # "reasonable",
# "the weight": what the value is like or what it is, no second value
_ALTERNATIVE_CUE = re.compile(r"\b(?:instead|" + _OFFERED_CUE + r"|otherwise|also\s(?:plausible|possible|acceptable)|one\s"
                              r"might\sget|a\srefined|if\s(?:we|one|you|g|the)\b)", re.I)
_VALUE_WITH_UNIT = re.compile(r"(?<![\w.^{])(-?\d[\d.,]{0,12}(?:\s?\\times\s?10\^\{?-?\d{1,3}\}?)?\s?"
                              r"(?:\\,|\\ |~)?\s?[A-Za-z][A-Za-z/^{}\d]{0,12})")
_CONCLUDES = re.compile(r"(?:so|thus|therefore|hence|final(?:ly)?)\b", re.I)  # a line that concludes
_DENIED_VALUE = re.compile(r"\s{0,3},?\s{0,3}(?:that'?s|that\sis|which\sis|it'?s|it\sis|is|would\sbe)\s(?:definitely\s|"
                           r"clearly\s|certainly\s)?(?:wrong|incorrect|not\s(?:right|correct))", re.I)  # right after a value:
# it denies it ("If you got 24 N, that's wrong"; not "..., unless the data is wrong")
_COMPARED = re.compile(r"\b(?:(?:less|more|greater|smaller|larger|lower|higher)\s{1,3}than|exceeds?)\b", re.I)
_GOT_BEFORE = re.compile(r"\b(?:you|they|students?)\s{1,3}(?:would\s{1,3}have\s{1,3})?(?:got|gotten|obtained|found|wrote|"
                         r"answered)\s{1,3}\$?\Z", re.I)  # "If you got 24 N": a
# result someone reached, diagnosed, no value offered
_LONE_SYMBOL = re.compile(r"\$?\s?(?:just\s{1,3})?(?:\\[A-Za-z]{2,8}|[A-Za-z])(?:_\{?\w{1,6}\}?)?\s?\$?")  # "g", "\\omega_0": a name, no value
_CONCLUDES_ACTUALLY = re.compile(r"(?:\b(?:so|thus|therefore|hence)\b[^.;!?=]{0,60}|\bis\s{1,3})\b(?:actually|really)\s{1,3}"
                                 r"(?=\$?-?\d)", re.I)  # "... so
# the speed is actually 6 m/s" (not "actually less than mg = 19.6 N")
_UNITS_LINE = re.compile(r"(?i:units?)\s?(?:\*\*)?:\s?(?:\*\*)?([^:\n]{1,30})")  # "Units: kN" below an answer line
_BULLET = re.compile(r"\A[-\u2022*]\s{1,3}(?=\S)")  # a Markdown list's bullet opening a line (a minus sign is written
# against its number: "-12 N")
_LABELLED_BULLET = re.compile(r"[-\u2022*]\s{1,3}[A-Za-z][A-Za-z ]{1,40}:")  # "- Net force: 12 N": no minus sign
_TRAILING_JUNK = " \t.;,:*$!\"`"  # quotes too: 'The final answer is "12".'
_TRAILING_JUNK_BUT_BANG = _TRAILING_JUNK.replace("!", "")
_NOT_CLEAN_START, _NOT_CLEAN_END = _LEADING_JUNK + "\\", _TRAILING_JUNK + "}"  # what _clean may strip
_PRINTABLE_LINE = re.compile(r"[ -~]{1,%d}" % MAX_ANSWER_CHARS)  # one line of printable ASCII
_SIGNS_RE = re.compile(r"-(?=\s?\d)|<|>|\\[lg]e|\\ne")  # a number's minus sign, a relation's
_OPTION_LIST = re.compile(r"\(?[A-J]\)?(?:\s?(?:,|and|&)\s?\(?[A-J]\)?){1,9}")  # "B and C", "B, C"
_ONE_WORD = re.compile(r"\(?[A-Za-z]{1,30}\)?")  # "clockwise", "(C)": a value in one word
_NUMBER_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")  # "2,000" is one number
# A hedge after the final answer: in its paragraph, within _AFTER_ANSWER characters, a cue word followed by a
# number that is none of the answer's own, at most _HEDGE_GAP characters on, offered as a value (see
# _offers_value): "or possibly 6", "it might be 6", "Wait, no, it's 6", "(or 6 if ...)". "I hope it is correct"
# has no number and "Actually, 5 m/s is reasonable" repeats the answer's. The number and the rest of its
# clause become one more candidate, so a value equal to the answer ("or 18 km/h" after 5 m/s) is no hedge.
_AFTER_ANSWER = 300
_HEDGE_GAP = 40
_MAX_CHAIN = 8  # values equated after the final answer that are each held against it
# after a boxed option, another equated to it ("\boxed{B} = C")
_EQUATED_OPTION = re.compile(r"[ \t]{0,3}\$?[ \t]{0,3}=[ \t]{0,3}\$?[ \t]{0,3}\(?([A-J])\)?(?=[ \t]{0,3}\$?[ \t]{0,3}(?:[.,;!]|\n|\Z))")
_NAMED_BEFORE = 12  # characters before a cue where a one-letter quantity may be named ("g may be 10 m/s^2")
_HEDGE_CUE_RE = re.compile(r"\b(?:or|could|might|may|possibly|perhaps|maybe|not sure|unsure|alternatively|wait|oops|hmm|"
                           r"another\spossibility|more\s(?:careful|accurate|precise)|on\ssecond\sthoughts?|"
                           r"actually|though|should|correction|correct|i\.e|which\s(?=is\b)|in\sother\swords|"
                           r"put\sdifferently)\b", re.I)
# ("i.e." and ", which is" restate: must agree)
_HEDGE_JOINERS = frozenset("""be also is it it's its no even just rather instead about around approximately roughly any of either
    perhaps possibly maybe actually really equal to the answer value result should would then so let me recheck
    calculation gives yields as high low much large closer nearer
    check think made an error mistake equivalently""".split())  # ("Wait, let me recheck: 13 N", "I made an error: it is 13 N")
_GAP_WORD_RE = re.compile(r"[A-Za-z']+")
_ORDINALS = ("st", "nd", "rd", "th")
# words that may follow the alternative value in its clause ("or 6 if friction is included")
_CLAUSE_WORDS = frozenset("""if when for in at but because since due instead or and then with without assuming
    depending otherwise""".split())
# what "i.e." restates, to its sentence's end
_RESTATEMENT_RE = re.compile(r"[^;!?()\n]{0,80}?(?=\.\s|\.?\Z|[;!?()\n])")
_CLAUSE_RE = re.compile(r"[^.,;:!?()\n]{0,%d}" % _HEDGE_GAP)  # the alternative's unit and words, to its clause's end
_PROSE_RE = re.compile(r"(?<![A-Za-z])[A-Za-z]{4,} [A-Za-z]{2,}")  # two words in a row: a sentence, not a value
# right after the final answer, another in brackets, offered by "or" or under a condition: "\boxed{B} (or C)",
# "\boxed{\frac12 mv^2} (or mv^2)", "\boxed{5 m/s} (6 m/s if air resistance is included)", "(C if ...)"
# "(or C)", "(mv^2 if rolling)", "(with friction: 20 N)", "(if the spring is ideal; otherwise C)": the value offered
_BRACKETED_ALTERNATIVE = re.compile(r"[ \t]{0,3}(?:\\(?:quad|qquad|,|;)\s{0,3})?(?:\\text\s?\{\s?)?[(\[]\s?(?:\\text\s?\{\s?)?"
                                    r"(?:or\s?\}?\s+([^()\[\]]{1,40}?)\s?|"
                                    r"(?:if|when|assuming|unless)\s[^;()\[\]]{1,60};\s?otherwise,?\s([^()\[\]]{1,40})|"
                                    r"(?:(?:if|when|assuming|unless)\s[^;()\[\]]{1,60};\s?)?(?:if|when|with|without|for|assuming|"
                                    r"unless)\s[^:()\[\]]{1,40}:\s?([^()\[\]]{1,40})|"
                                    r"(?:(?:if|when|assuming|unless)\s[^;()\[\]]{1,60};\s?)?(?:if|when|with|without|for|assuming|"
                                    r"unless)\s[^:,()\[\]]{1,40},\s?(-?\d[\d.]{0,12}\s?[A-Za-z/^\d]{0,12})\s?(?=[)\]])|"
                                    # (a bare value after the comma: ", a = 6" is the data, ", 24 N total" another quantity)
                                    r"([^()\[\]]{1,40}?)\s(?:if|when|with|without|for|assuming|unless|otherwise)\b[^()\[\]]{0,60})"
                                    r"[)\]]", re.I)
_OPTION_AFTER_OR = re.compile(r"[ \t},:.]{0,3}(?:\\text\s?\{\s?)?\}?\s?(?:(?i:option|choice)\s?\(?)?"
                              r"([A-J](?=\s?(?:[.,;:)!}\]]|\Z|if\b|when\b))"
                              r"|[Tt]rue\b|[Ff]alse\b)")  # an option alone ("or C.", not "A careful check")
# "(C)", "option C", "C." at a sentence's end (not the pronoun I)
_OPTION_NAMED = re.compile(r"\(([A-J])\)|\b(?i:option|choice)\s?\(?([A-J])\b|\b([A-HJ])(?=\s?(?:[.!;)]|\Z)|\s(?:seems|is|looks)\s"
                           r"(?:better|right|correct|more\s(?:likely|plausible)))")  # ("D seems better")
_RULED_OUT = re.compile(r"\b(?:ruled\s{1,3}out|excluded|eliminated|impossible)\b", re.I)
# "Wait, that's not right - it slides": the answer before taken back, for the value that follows
_TAKEN_BACK = (r"(?:wait|actually|oops|hmm|no)[,.!]?\s{1,3}(?:[\u2014\u2013-]{1,2}\s{1,3})?(?:actually,?\s{1,3})?"
               r"(?:" + _RETRACTION + r"|" + _OWN_MISTAKE + r")")  # "Wait, that's not right", "Oops, I made an error"
_CORRECTION_AFTER = re.compile(_TAKEN_BACK + r"\s{0,2}[\u2014\u2013:;,.!-]{1,3}\s{0,3}"
                               r"(?=[A-Za-z]|\([A-J]\)|\$|\\\()", re.I)
# ... and between two boxes, the first taken back for the second (not a paragraph of doubt: that is a hedge)
_BOX_TAKEN_BACK = re.compile(r"\b" + _TAKEN_BACK, re.I)
# words that offer a second value in the sentence they share with it, after the final answer: "although 15 N seems right
# too", "but 15 N is equally likely", "(15 N is another possibility)", "I'm torn between this and 15 N", "If that's
# wrong, try 15 N", "I'd also accept 15 N", "unless friction matters, in which case 15 N", "C would also work", "If not
# B, then C"
_OFFERED_AROUND = re.compile(r"\b(?:equally\s(?:likely|valid|plausible|possible|good)|another\s(?:possibility|candidate|"
                             r"possible\s(?:answer|value))|also\s(?:plausible|possible|consistent|valid|likely|acceptable|"
                             r"correct|right)|(?:would\s(?:also\s)?work|also\sworks?)(?=\s?[.!;)]|\s?\Z)|(?:right|correct|"
                             r"plausible|possible|valid)\s(?:too|as\swell)|torn\sbetween|also\saccept|in\swhich\scase|if\snot\b|"
                             r"if\s(?:that'?s|this\sis|that\sis|it'?s|i'?m|i\sam)\s(?:wrong|incorrect|not\s(?:right|correct))|"
                             r"try\s(?=\$?-?\d|\(?[A-J]\b))", re.I)
_OPTION_IN_SENTENCE = re.compile(r"\(([A-J])\)|\b(?i:option|choice)\s?\(?([A-J])\b|(?<![\w\\'])([B-HJ])(?![\w'])")
# a formula in math delimiters ("$\frac{\mu_0 I}{4\pi r}$", "\(T = 2\pi\sqrt{k/m}\)"): its contents
_MATH_OPENING = re.compile(r"\$\$?|\\[(\[]")
_MATH_SPAN_AT = re.compile(r"(?:\$\$?|\\[(\[])([^$\n]{1,%d}?)(?:\$\$?|\\[)\]])" % MAX_ANSWER_CHARS)
# right after the final answer, one more value after a comma, semicolon or slash, to its clause's end
_LISTED_AFTER = re.compile(r"\A[ \t]{0,3}\$?[ \t]{0,3}(?:[,;/&]|and\b)\s{0,3}\$?[ \t]{0,3}([^,;:\n$]{0,59}?[^,;:\n$ \t])"
                           r"(?:[ \t]{0,3}\$(?:[ \t]{0,3}([A-Za-z][A-Za-z/^\d]{0,12}))?)?"
                           r"(?=[ \t]{0,3}[,;.]?[ \t]{0,3}(?:\n|\Z)|[ \t]{0,3}[,;][ \t])")
# right after the final answer, its value again after "=" or "\approx", to its clause's end ("\boxed{4.8 km} = 4800 m")
_EQUATED_AFTER = re.compile(r"[ \t]{0,3}\$?(?:[ \t]{0,3}\\[;:,! ])?[ \t]{0,3}(?:=|~|\\approx|\\simeq|\\sim|\\to|\\rightarrow|"
                            r"[\u2248\u2243])(?:[ \t]{0,3}\\[;:,! ])?[ \t]{0,3}\$?[ \t]{0,3}(-?\.?\d(?:\\,|[^,;:\n$=(]){0,40}?)"
                            r"(?=[ \t]{0,3}\$?[ \t]{0,3}(?:[,;!(=~]|\.(?!\d)|\n|\Z|with\b|if\b|\\approx))")  # (or the
# chain's next link: "= 0.012 kN = 15 N")
_WORDS_LEAD = re.compile(r"\s{0,3}(?:[A-Za-z]{2,20}\s{1,3}[A-Za-z]{2,20}|(?i:or|and|but|so|i\.e|e\.g|which|where|with|then|that)\b)")
# another option or truth value said to be right too: "D could also be correct", "it might be false"
_COULD_BE_RIGHT = re.compile(r"(?:\(([A-J])\)|\b(?i:option|choice)\s?\(?([A-J])\)?|\b([A-HJ]))\s(?:(?:(?:could|might|may)\s"
                             r"(?:also\s|well\s)?be|is\salso)\s(?:the\s|a\s)?(?:correct|right|true|answer|valid|possible|"
                             r"plausible|acceptable)(?:\sanswer)?|is\s(?:possible|plausible|defensible)|is\sanother\s"
                             r"(?:possibility|candidate|possible\sanswer))(?:\s(?:too|as\swell))?|\b(?:could|might|may)\s"
                             r"(?:also\s|well\s)?be\s((?i:true|false))")
# ... a sentence of its own or under a condition (not "D could also be correct only in theory", "One might think D ...";
# "it might be false if the collision is inelastic" offers the other truth value)
_COULD_BE_END = re.compile(r"\s{0,3}(?:[.!]|\Z|\n|(?:if|when|for)\b)")
_RAISED = re.compile(r"\b(?:think|say|argue|expect|suppose|claim)\b", re.I)
_OPTION_CLAUSE = re.compile(r"[^.;!\n]{0,60}[?]?")  # what an option offered is said to be, to its sentence's end
_OPTION_CUES = frozenset(("or", "actually", "wait", "correction", "alternatively", "i.e"))
# a value in brackets right after the final answer, perhaps under a condition: "[6 m/s]", "(if rough: 6 m/s)",
# "(\approx 6 m/s)" (groups: what leads, the number, what follows it)
_BRACKETED_VALUE = re.compile(r"[ \t]{0,3}(?:\\[ ,;:])?[ \t]{0,2}[(\[]\s?(if [^:()\[\]]{1,40}:\s?|\\approx\s?|~\s?|"
                              r"about\s)?(-?\d[\d.,]{0,20}(?:\s?\\times\s?10\^\{?-?\d{1,3}\}?)?)([^()\[\]]{0,30})[)\]]")
# what such an alternative offers: an option letter, a truth value, or a value in digits or notation
_OFFERED_VALUE = re.compile(r"\A\s?(?:[A-J]\s?\Z|(?:true|false|yes|no)\b|.*[\d^\\=])", re.I | re.S)
_WORD_AFTER = re.compile(r"[A-Za-z']{2,20},?|I")  # a word, not a formula's single letters ("instead", "if", "I'm")
_LETTER_PRODUCT = re.compile(r"\d{0,3}([A-Za-z]{1,3})")  # "2gh", "mg": a formula of a number and letters
_LETTERS_OF = re.compile(r"[A-Za-z]")
_FORMULA_MARK = re.compile(r"[\\^_/*+\d]")  # what a formula has and a word or an option letter has not
_LONG_WORD = re.compile(r"[A-Za-z]{4,}")  # a word (a formula's letters are symbols: "mgh", "kT")
_BARE_OFFER = re.compile(r"(?:[^\n.;?!$]|\.(?=\d)){0,%d}" % MAX_ANSWER_CHARS)  # to the sentence's end (not a decimal point)
_MATH_DELIMITERS = re.compile(r"\\[()\[\]]|\$")  # "or \(200 \text{ cm}\)": the alternative without them


def extract_answers(text: str, units_after_boxes: bool = False, several: bool = False) -> list[str]:
    """Candidate final answers in the order they appear (the last one is the final one). ``units_after_boxes``:
    a unit written right after a box holding a number is the value's (``\\boxed{18}\\ \\text{km/h}``), for a
    gold with a unit (a unitless gold's value is the box alone: ``\\boxed{10^9} years`` for ``10^9``).
    ``several``: the gold has several parts, which an unboxed answer may give one a line (``T_1 = 2mg``,
    ``T_2 = mg``)."""
    if not text or not text.strip():
        return []
    if _bare_answer(text):
        return [text]
    tail = text[-_TAIL:]
    if not tail.isascii():
        if "\u202e" in tail:  # a right-to-left override shows what follows it reversed: "\u202e N 51 ro" reads "or 15 N"
            tail = _RIGHT_TO_LEFT.sub(lambda match: match.group(1)[::-1], tail)
        tail = tail.translate(_INVISIBLE)
        if _CYRILLIC.search(tail):
            tail = _MIXED_WORD.sub(_as_latin, tail)  # "Аctually" with a Cyrillic А is "Actually" to a reader
    if "\r" in tail:
        tail = tail.replace("\r\n", "\n").replace("\r", "\n")
    if "%" in tail:
        tail = _LATEX_COMMENT.sub("", tail)  # "% \\boxed{12 N}": a comment, no text of the reply
    if "~~" in tail or "\\sout" in tail or "</" in tail or "<br" in tail or "&" in tail:
        tail = _without_markup(tail)
    if "<|" in tail or "<s>" in tail or "</s>" in tail or "Human" in tail or "User" in tail:
        tail = _drop_chat_tokens(tail)
    if "Q" in tail or "Problem" in tail:
        tail = _before_next_question(tail)
    thought = tail
    if "think>" in tail:
        tail = _drop_thinking(tail)
    found = _committed(tail, units_after_boxes, several)
    if thought is not tail and _cut_off(tail) and (not found or _cut_off(found[-1])) \
            and "boxed" not in tail and not _CORRECTION.search(tail):
        # the reply after the thinking was cut off at the length limit before it committed to an answer (it
        # opened no box, took nothing back: "I made an error. Redo: ..."): the thinking's own last answer
        found = (_committed(thought[:thought.rfind("</think>")], units_after_boxes) or [])[-1:] or found
    if found is not None:
        return found
    fields = [match.group(2) for match in _MARKED_LINE.finditer(tail[-_MAX_PARTS_BLOCK:]) if match.group(2)]
    if fields:  # '{"reasoning": "...", "answer": "12 N"}': a JSON reply's answer field; its fields that give others
        return list(dict.fromkeys(_clean(field) for field in fields))  # ("alternative", "answer2"), held with it
    last = _last_line(tail, several)
    if last and "nit" in tail[-50:]:  # "12" then "Units: kN" on the reply's last line, as after a box
        last = _with_units_line(last, tail.rstrip().rsplit("\n", 1)[-1])
    listed = _values_listed_last(tail) if last and not several else []
    return listed or ([last] if last else [])


def _values_listed_last(text: str) -> list[str]:
    """The bare values a reply's last lines list, one a line or a table's row each ("12 N\\n15 N\\n18 N"), where
    there are two or more and they differ: several answers, which the grader holds against each other (a column of
    candidates commits to none); [] otherwise.

    >>> _values_listed_last("Possible values:\\n12 N\\n15 N"), _values_listed_last("F = ma\\n12 N")
    (['12 N', '15 N'], [])
    """
    found = []
    for line in reversed(text.rstrip().splitlines()[-_MAX_LISTED_LINES:]):
        line = line.strip()
        if not line or _TABLE_RULE.fullmatch(line):
            continue  # blank lines and a table's rule between rows
        if line[:1] == "|" and not _NUMBERED_ROW.fullmatch(line):
            break  # "| voltage | 12 V |": a table of named quantities, whose last row answers (not "| 2 | 18 N |")
        value = _clean(_table_cell(line))
        if not _BARE_VALUE.fullmatch(value):
            break
        found.append(value)
    return found[::-1] if len({tuple(_numbers([value])) for value in found}) > 1 else []


_MAX_LISTED_LINES = 60
_TABLE_RULE = re.compile(r"[-:| ]{3,}")
_NUMBERED_ROW = re.compile(r"\|(?:\s{0,3}#?\d{0,3}\.?\s{0,3}\|)?[^|]{1,60}\|")  # "| 2 | 18 N |", "| 18 N |": a row of values
_BARE_VALUE = re.compile(r"-?\d[\d.,]{0,20}(?:[eE][-+]?\d{1,3})?(?: ?(?:\\times|x|\*) ?10\^\{?-?\d{1,3}\}?)?"
                         r"(?: ?[A-Za-z\u00b0\u00b5\u03bc\u03a9][A-Za-z/^{}\d.\u00b2\u00b3\u00b0 -]{0,15})?")  # "12 N", "4.9 m/s^2"


def _without_markup(text: str) -> str:
    """``text`` without what a reader does not see as its words: struck-out text (``~~12 N~~``, ``\\sout{...}``,
    ``<del>``, ``<strike>``: withdrawn, never an answer) and HTML's formatting tags (``<b>12 N</b>``, whose ``<`` is
    no relation; ``<sup>2</sup>`` is a power).

    >>> _without_markup("~~15 N~~ <b>12 N</b> m<sup>2</sup>")
    '   12 N  m^{2}'
    """
    text = _STRUCK.sub(" ", text)
    if "</" in text or "<br" in text:  # (HTML's, where it closes a tag or breaks a line: "<p> = 0" alone is a momentum)
        text = _HTML_TAG.sub(lambda m: _HTML_SCRIPTS.get(m.group(0).lower().replace(" ", ""), " "), text)
    if "&" in text and ";" in text:
        text = html.unescape(text)  # "&times;", "&deg;", "&nbsp;": the characters they stand for
    return text


def _committed(tail: str, units_after_boxes: bool, several: bool = False) -> list[str] | None:
    """The answers ``tail`` commits to by a box, a tag or an answer line; None where it has none of them."""
    for finder in (_boxed, _tagged, _answer_lines):
        raw, end = _boxed(tail, units_after_boxes) if finder is _boxed else _answer_lines(tail, several) \
            if finder is _answer_lines else finder(tail)
        found = [c for c in (_clean(x) for x in raw) if c]
        if found:
            rest = _BLANK_LINES.sub("\n\n", _SPACE_RUN.sub(" ", tail[end:]))  # (spaces and blank lines squeezed: no
            # padding pushes a hedge out of reach)
            if "_" in rest or "*" in rest:
                rest = _EMPHASIZED_WORD.sub(r"\1", rest)  # "_Or_ 15 N.": a word in italics or bold is the word
            after = rest[:_AFTER_ANSWER]
            if finder is _boxed and "nit" in after:
                found[-1] = _with_units_line(found[-1], after)  # "\boxed{12}" then "Units: J"
            if finder is _boxed and 0 < len(rest) <= _AFTER_ANSWER:
                found += _final_line_after(after, found[-1])  # "\boxed{12 N}" then "So the tension is 15 N."
            beside = _answer_line_beside_boxes(tail, found) + _tags_beside_boxes(tail, found) if finder is _boxed \
                else [line for line in _marked_lines(tail[end:]) if not _agrees(line, found)]
            # ("The answer is 12 N." or "<answer>12 N</answer>" then "#### 15 N": a second result)
            # the answer's own paragraph: a blank line starts other matters ("Now the second part: ... or 20 Hz")
            stretch = _own_paragraph(after)
            offered = _alternative_after(stretch, found) or (_conditional_value(stretch, found[-1])
                                                             + _relabelled(stretch, found[-1]) if stretch else [])
            ranged = _RANGE_AFTER.search(stretch) if not offered and "between" in stretch else None
            if ranged and unit_dimension(found[-1]) in set(map(unit_dimension, values_with_units(ranged.group(1)))):
                offered = [ranged.group(1)]  # "\boxed{12 N} ... so the true answer lies between 9 N and 12 N": a range
            if not offered and (finder is _boxed and (_ASKED_AFTER.match(after) or _guessed_box(tail, end))
                                or _GUESS_AFTER.match(after)):
                return []  # "Is it \boxed{12 N}?": a question, no answer; "\boxed{12 N} (just a guess)", "Guess:
                # \boxed{B}": none either
            if not offered and (_takes_back(after, tail, found[-1]) or _MENU.search(after)):
                return []  # "\boxed{12 N} is wrong.", "... Wait, that's wrong.": the answer taken back, none in its place
            return found + beside + offered
        if finder is _answer_lines and _ANSWER_LINE_RE.search(tail):
            repeated = _before_cut_marker(tail)
            if repeated is not None:  # "The answer is 59 N.\nThe answer is 59 N.\nThe answer is": a repetition cut
                return _committed(repeated, units_after_boxes, several)  # off at the length limit, its answers before
            return []  # an "Answer:" with nothing after it commits to nothing
    return None


def _before_cut_marker(tail: str) -> str | None:
    """The text before an answer marker that ends the reply with nothing after it, where the line before says the
    same marker with a value ("The answer is 59 N.\nThe answer is": a base model's repetition cut off); None
    otherwise (a lone "Answer:" at the end commits to nothing)."""
    lines = tail.rstrip().rsplit("\n", 2)
    if len(lines) < 2:
        return None
    last, before = lines[-1].strip(), lines[-2].strip()
    marker = _ANSWER_LINE_RE.search(last)
    return tail.rstrip()[:-len(lines[-1])] if marker and not marker.group(1).strip() and marker.end() == len(last) \
        and before.lower().startswith(last.lower()) and len(before) > len(last) else None


def _guessed_box(tail: str, end: int) -> bool:
    """Does the reply call its last box (ending at ``end``) a guess just before it ("Guess: \\boxed{B}", "My guess is
    \\boxed{12 N}")?"""
    if "uess" not in tail:
        return False
    command = tail.rfind("\\boxed", 0, end)
    return command > 0 and _GUESS_BEFORE.search(tail, max(0, command - 40), command) is not None


def _takes_back(after: str, tail: str, box: str) -> bool:
    """Does the reply take back its final answer with none put in its place: right after it ("\\boxed{12 N} is
    wrong."), in a bare denial as the next sentence ("Wait, that's wrong.", in its paragraph or the next), or by
    its last words giving up ("I could not complete the derivation")?"""
    if _GIVES_UP.search(tail.rstrip().rsplit("\n", 1)[-1]) or _DENIED_AFTER.match(after):
        return True
    said = _MATH_CLOSED.sub("", " ".join(after.split()), count=1)  # ("$\\boxed{12 N}$ Wait, ...": its math closed)
    sentences = [(sentence.strip(" .!*"), mark) for sentence, mark in _sentences(said) if sentence.strip(" .!*")]
    # (the sentence right after the answer, in its paragraph or the next: "The first attempt gave 15 N. That's wrong."
    # denies the attempt, "Is it 24 N? No, that's wrong." the question's value)
    if len(sentences) > 1 and _FILLER.fullmatch(sentences[0][0]):
        sentences = sentences[1:]  # "Hmm, wait. That can't be correct, since ...": the denial after the filler
    if not sentences:
        return False
    own = set(_numbers([box])) if unit_dimension(box) or _NUMBER_RE.fullmatch(box.strip()) else set()  # (a value's)
    if own and own & set(_numbers([said[said.find(sentences[0][0]) + 1:] if sentences else ""])):
        return False  # "Hmm, that can't be right. Let me check: ... = 12 N. Yes, the tension is 12 N.": doubted, kept
    return len(said) <= _AFTER_ANSWER and sentences[0][1] != "?" \
        and _BARE_DENIAL.fullmatch(sentences[0][0]) is not None


def _final_line_after(after: str, box: str) -> list[str]:
    """The value the reply's last line states right after its box, where it is another of the box's unit
    (``\\boxed{12 N}`` then "So the tension is 15 N."): a final line contradicting the box, a second answer; a
    value of another quantity ("The mass is 3 kg") is none."""
    lines = [line for line in after.splitlines() if line.strip(" $\\])`")]  # (the reply's last line, after a blank line
    last = lines[-1].strip(" *") if lines and len(lines) <= 2 else ""  # too: "\n\nHence the ball hits at 14 m/s.")
    bare = _clean(last.strip("`"))
    if bare and _BARE_VALUE.fullmatch(bare) and (_another_value(bare, box, unit_dimension(box)) or (
            _NUMBER_RE.fullmatch(box.strip()) and _NUMBER_RE.fullmatch(bare) and _numbers([bare]) != _numbers([box]))):
        return [bare]  # "\\boxed{12 N}" then "15 N" alone on the last line (after "\\boxed{0.35}", "0.5"): another value
    if not _CONCLUDES.match(last):
        concluded = _CONCLUDES_ACTUALLY.search(last)  # "Let me verify: ... = 6 m/s, so the speed is actually 6 m/s."
        if concluded is None:
            return []
        last = last[concluded.start():]
    letter = box.strip("() ")
    if OPTION_LETTER_RE.fullmatch(letter):  # "\boxed{C}" then "So the correct option is (D).": another option
        named = _OPTION_NAMED.search(last)
        other = named and (named.group(1) or named.group(2) or named.group(3))
        return [f"({other})"] if other and other != letter else []
    stated = _STATES_NUMBER.search(last)
    if stated is None or _COMPARED.search(last, 0, stated.start()):
        return []  # ("Thus the tension is less than the weight mg = 19.6 N": a comparison)
    value = _clean(stated.group(1))
    # (not after a box that names its quantity, "T = 12 N", nor a zero: "Thus the net force is 0 N" checks it)
    return [value] if "=" not in box and _numbers([value]) != [0.0] \
        and _another_value(value, box, unit_dimension(box)) else []


def _conditional_value(stretch: str, box: str) -> list[str]:
    """Another value of the box's dimension the text after it offers under a condition or as an alternative
    ("Using g = 10 m/s^2 instead gives 15 N", "(If g = 10 is used instead, 25.5 m/s.)", "Yet 15 N is also
    plausible"): a second answer, as "(6 m/s if friction is included)" is; none where there is no such cue."""
    cue = _ALTERNATIVE_CUE.search(stretch)
    if cue is None:
        return []
    dimension = unit_dimension(box)
    plain = _without_math_marks(stretch)
    cue = _ALTERNATIVE_CUE.search(plain) or cue
    values = (_clean(found.group(1)) for found in _VALUE_WITH_UNIT.finditer(plain, max(cue.start() - _HEDGE_GAP, 0))
              if not _DENIED_VALUE.match(plain, found.end()) and not _GOT_BEFORE.search(plain, 0, found.start()))
    # (not a value denied or diagnosed: "If you got 24 N, that's wrong")
    return next(([value] for value in values if _another_value(value, box, dimension)), [])


def _relabelled(stretch: str, box: str) -> list[str]:
    """The box's own label given another value after a correction word in its paragraph ("\\boxed{Q =
    \\frac{\\sqrt{3}}{8}Mc^2} Actually, I should double-check the masses: $Q = \\frac{\\sqrt{3}}{4}Mc^2$"): a second
    answer; none without a correction word, or for a rounding ("Numerically, $Q \\approx 0.22 Mc^2$")."""
    label = _LEFT_SIDE.match(box)
    cue = _CORRECTS.search(stretch) if label else None
    if cue is None:
        return []
    own = _squeezed_label(label.group(1)) + "="
    for opening in _MATH_OPENING.finditer(stretch, cue.end()):
        span = _MATH_SPAN_AT.match(stretch, opening.start())
        if span and _squeezed_label(span.group(1)).startswith(own) and "approx" not in span.group(1) \
                and span.group(1).strip() != box.strip():
            unit = _unit_after(stretch, span.end())  # ("$Q = 4.19 \\times 10^4$ J": its unit after the math)
            return [_clean(f"{span.group(1)} {unit}" if unit else span.group(1))]
    return []


def _squeezed_label(text: str) -> str:
    """A label written without spaces or braces (``E_{1}`` as ``E_1``), to compare two."""
    return "".join(text.split()).replace("{", "").replace("}", "")


def _another_value(value: str, box: str, dimension: str | None) -> bool:
    """Is ``value`` another number than the box's, in a unit of the box's ``dimension``?"""
    return dimension is not None and unit_dimension(value) == dimension and _numbers([value]) != _numbers([box])


def unit_dimension(text: str) -> str | None:
    """The dimension of the unit a value is written in, or None (a bare number, no quantity)."""
    try:
        quantity = to_quantity(parse(normalise(text), normalised=True))
    except ParseError:
        return None
    return quantity.unit.dimensionality if quantity is not None and quantity.unit is not None else None


def _with_units_line(value: str, after: str) -> str:
    """A bare number with the unit a "Units:" line right after it gives (``12`` and ``Units: kN`` -> ``12 kN``)."""
    line = _clean(after.lstrip().split("\n", 1)[0]) if after.lstrip() else ""
    unit = _UNITS_LINE.fullmatch(line)
    written = unit.group(1).split("(")[0].strip() if unit else ""  # "N (newtons)": the unit and its name
    if written and _is_unit(written) and not _LETTERS.search(value.rsplit("=", 1)[-1].replace("\\times", "")):
        return f"{value} {written}"  # ("F = 12": a number after its label)
    return value


def _without_math_marks(text: str) -> str:
    """``text`` with its math's marks aside and its spaces squeezed, so that a value and its unit stand together
    ("$W = 20$ N", "\\( v = 8.37 \\, \\text{m/s} \\)" -> "v = 8.37 m/s")."""
    return " ".join(_MATH_MARKS.sub(lambda m: f" {m.group(1)} " if m.group(1) is not None else " ", text).split())


def _own_paragraph(stretch: str) -> str:
    """The text after the final answer, to its paragraph's end ("Now the second part: ... or 20 Hz" is another
    matter), and the first paragraph after it, within ``stretch``, that opens by taking the answer back ("Wait,
    let me recheck: 13 N") or offering another ("However, the answer could also be 15 N", "I'm not sure; it could
    be C") or is a footnote to it ("[^1]: or 20 N if ..."), however many blank lines, rules or pleasantries come
    between ("I hope this helps!", "---"). ``stretch`` comes with its spaces and blank lines squeezed (``_committed``)."""
    own, *rest = _BLANK_LINES.split(stretch)
    for paragraph in rest:
        if _FOOTNOTE_OPEN.match(paragraph):  # "*assuming no friction; otherwise 20 N", "[^1]: or 20 N if ...":
            return own + " " + _FOOTNOTE_MARK.sub("", paragraph.lstrip(" *"), count=1)  # the answer qualified
        opening = paragraph.lstrip(" *#>-_(")
        if _COMPARES_OPENING.match(opening):
            return own  # "If we compare this to the weight, mg = 19.6 N, ...": a check, no second value
        if _CORRECTION.match(opening) or _OFFERS_ANOTHER.match(opening) or _OPENS_DOUBT.match(opening):
            return own + " " + paragraph
        if _LETTER_OR_DIGIT.search(_COMMAND.sub("", paragraph)) and not _ASIDE.match(paragraph) \
                and not _FILLER_PARAGRAPH.fullmatch(paragraph.strip()):
            return own  # a paragraph on another matter ends the answer's reach (rules and pleasantries do not)
    return own


def _cut_off(text: str) -> bool:
    """Does ``text`` stop inside math (a ``\\(``, ``\\[`` or brace it never closes), as a reply cut off does?"""
    return text.count("\\(") > text.count("\\)") or text.count("\\[") > text.count("\\]") \
        or text.count("{") > text.count("}")


def _bare_answer(text: str) -> bool:
    """Is ``text`` a bare answer (``0.5 km``, ``\\frac{1}{2} m v^2``), its own and only candidate? One short
    line with no box, tag, math span, answer line, verb, sentence end or lead-in words, and nothing that
    ``_clean`` strips: every step of the search below would return it as it is, so it is not searched."""
    return _PRINTABLE_LINE.fullmatch(text) is not None and "<" not in text and "$" not in text and "~~" not in text \
        and '"' not in text and "&" not in text \
        and "box" not in text and _ANSWER_LINE_RE.search(text) is None \
        and _VERB_RE.search(text) is None and _SENTENCE_END.search(text) is None \
        and _WORDS_THEN_NUMBER.match(text) is None and _clean(text) == text and _LABELLED_BULLET.match(text) is None


def values_with_units(text: str) -> list[str]:
    """The values a plain text states with a unit after them, in order.

    >>> values_with_units("The car travels 4.8 km in 4 minutes.")
    ['4.8 km', '4 minutes']
    """
    return [_clean(found) for found in _VALUE_WITH_UNIT.findall(text)]


def states_value(text: str) -> bool:
    """Does ``text`` state a value: a digit, an equals sign or math, an option ("C", "option C") or a truth
    value ("False"), not words alone ("the weight")?"""
    return bool(LOOKS_LIKE_ANSWER.search(text) or _OFFERED_VALUE.search(text) or _NAMES_OPTION.search(text)
                or _OPTION_LIST.fullmatch(text))


def _tags_beside_boxes(text: str, boxes: list[str]) -> list[str]:
    """``<answer>15 N</answer>`` beside boxes that say 12 N: another final answer, held against them (nothing
    where the tags restate them)."""
    if "<" not in text:
        return []
    found = [c for c in (_clean(x) for x in _tagged(text)[0]) if c]
    return [tag for tag in found if not _agrees(tag, boxes)]


def _answer_line_beside_boxes(text: str, boxes: list[str]) -> list[str]:
    """An answer line that gives a value the boxes do not, which the grader holds against them: two final
    answers that differ are a hedge, in either order. After the last box any answer line counts; before the
    first only a line that starts with "Final answer" (reasoning says "the answer is..." in passing).
    Nothing when there is none, it has no value, or it agrees (see ``_agrees``).

    >>> _answer_line_beside_boxes("Final answer: 6\\n\\\\boxed{5}", ["5"])
    ['6']
    """
    spans = box_spans(text)
    lines = _answer_lines(text[spans[-1][1] + 1:])[0] or _marked_lines(text[spans[-1][1] + 1:])
    lines_after = bool(lines)
    if not lines:
        before = text[:text.rfind("\\", 0, spans[0][0])]  # up to the first box's command
        at = before.lower().rfind("final answer")
        if at < 0:  # "Answer: C" on the line right above the box
            line = _ANSWER_ABOVE.search(before[-_MAX_ANSWER_ABOVE:])
            at = len(before) - min(len(before), _MAX_ANSWER_ABOVE) + line.start(1) if line else -1
        # its line starts with it and ends before the box ("Final Answer: \[ \boxed{5} \]" is one answer)
        if at >= 0 and not before[before.rfind("\n", 0, at) + 1:at].strip(" *#") and "\n" in before[at:]:
            lines = _answer_lines(before[at:].split("\n", 1)[0])[0]
        elif at >= 0 and "\n" not in before[at:] and (end := _SENTENCE_END.search(before, at)):
            lines = _answer_lines(before[at:end.start()])[0]  # "The final answer is 15 N. Therefore \boxed{12 N}"
        if not lines:  # "Answer: 14 m/s" opening a line, a table's "Final answer" row, a JSON answer field, a folded
            # <summary>Answer</summary> block, on a line of its own before the box's
            line_start = max(0, before.rfind("\n"))
            above = before[max(0, line_start - _MAX_PARTS_BLOCK):line_start]
            found = list(_ANSWER_MARKED_BEFORE.finditer(above))
            marked = next(group for group in found[-1].groups() if group).strip(" *_|") if found else ""
            lines = [marked] if states_value(_clean(marked)) and not _SUPERSEDED.search(above, found[-1].start()) \
                and not _EXAMPLE_BEFORE.search(above, max(0, found[-1].start() - 80), found[-1].start()) else []
            # (not "**Answer:** Therefore," before the box, "Answer: 3 m, we guess. Working again: ...", nor an
            # example's "Answer: 5 N" the reply shows before its own work)
    found = [c for c in (_MATH_DELIMITERS.sub(" ", _clean(line)).strip() for line in lines)
             if c and (states_value(c) or _ONE_WORD.fullmatch(c))]
    # ("Final Answer: \[" before a box on the next line: no value; "Final answer: (C)", "False", "clockwise": one)
    if found and not lines_after and _PROSE_RE.search(found[0]):
        return []  # "Final answer: after 2 steps we get" before the box: words leading to it, no value of their own
    if found and _PRECISION_NOTE.search(found[0]) and not any(map(unit_dimension, values_with_units(found[0]))):
        return []  # "The answer is given to 3 significant figures": a note on the box's precision, no value
    return found if found and not _agrees(found[0], boxes) else []


def _marked_lines(text: str) -> list[str]:
    """The value the last line of ``text`` marked as a result gives ("#### 15", "Ans: 20 N", "TL;DR: 20 N",
    "Edit: 20 N", "P.S. 20 N", "∴ T = 20 N", ``{"answer": "15 N"}``), as the grader holds an answer line against
    the boxes before it; nothing where there is none."""
    found = list(_MARKED_LINE.finditer(text[-_MAX_PARTS_BLOCK:]))
    raw = (found[-1].group(1) or found[-1].group(2)).strip(" *_") if found else ""
    value = _clean(raw)
    if _HEADING_NUMBER.fullmatch(raw) or _RELATION_SIGN.search(value):
        return []  # "#### 2.", "#### Q2": a numbered heading; "Conclusion: T < W = 19.6 N": a comparison
    if _ONE_OPTION.fullmatch(value) or _TRUTH_WORD.fullmatch(value):
        return [value]
    words = [word for word in WORD_RE.findall(value) if not lookup_word(word)]  # ("#### 2. Energy": a heading)
    if words and (_GUESSED.search(value) or _MODAL_ALSO.search(value)) \
            and (LOOKS_LIKE_ANSWER.search(value) or _NAMES_A_LETTER.search(value)):
        return [value]  # "P.S. It might also be 15 N", "PS: maybe C": another value offered, as a second answer
    return [value] if value and LOOKS_LIKE_ANSWER.search(value) and not words else []


def _agrees(line: str, boxes: list[str]) -> bool:
    """Does an answer line restate the boxes? Written as one of them, giving their numbers in their order
    ("(a) 5 m (b) 6 s" beside boxes 5 m and 6 s; not "2 m/s^2" beside 2.5 m/s^2), or, beside one box, listing
    quantities under labels of their own, one the box's ("T = 12 N, a = 2 m/s^2" beside 12 N; not "T = 12 N, T = 15 N")."""
    if any(normalise(line) == normalise(box) for box in boxes):
        return True
    items = [_LEFT_SIDE.match(item) for item in _LIST_ITEMS.split(line)] if line.count("=") > 1 else []
    if len(boxes) == 1 and len(items) > 1 and all(items) \
            and len({_squeezed_label(item.group(1)) for item in items}) == len(items) \
            and any(_agrees(item.string[item.end():], boxes) for item in items):
        return True
    if len(boxes) == 1 and ("," in line or "(" in line):  # "(a) 3.8 m/s^2, (b) 12 N", "T = 12 N (a = 3.8 m/s^2)": the
        # box's value among values of other dimensions (parts, or side results)
        values = [_LEFT_SIDE.sub("", _PART_LABEL.sub("", item), count=1).strip(" .")
                  for item in _SUMMARY_ITEMS.split(line)]
        values = [value for value in values if value and _DIGIT.search(value)]
        dimension = unit_dimension(boxes[0])
        own = [value for value in values if _agrees(value, boxes)]
        if len(own) == 1 and len(values) > 1 and dimension is not None and all(
                value in own or unit_dimension(value) not in (None, dimension) for value in values):
            return True
    numbers = _numbers([normalise(line)])  # ("5 m/s²" and "5\ \text{m/s}^2": one list, the power too)
    # their signs and relations too: "-5 m/s" and "5 m/s", "T_1 > T_2" and "T_1 < T_2" give one number list;
    # and the units either writes ("12 J" beside "12 N" is another answer)
    units, boxed_units = _unit_words(line), _unit_words(" , ".join(boxes))
    return bool(numbers) and numbers == _numbers([normalise(box) for box in boxes]) \
        and _SIGNS_RE.findall(normalise(line)) == _SIGNS_RE.findall(normalise(" , ".join(boxes))) \
        and (not units or units == boxed_units)


def _unit_words(text: str) -> list[str]:
    """The units a text writes right after its numbers, as pint names, in order (``12 kN`` -> kilonewton; not the
    ``a`` of "option (a): 6.6 GeV")."""
    return [unit for word in _UNIT_AFTER_NUMBER.findall(normalise(text)) if (unit := lookup_word(word))]


def _numbers(texts: list[str]) -> list[float]:
    return [float(n.replace(",", "")) for text in texts for n in _NUMBER_RE.findall(text)]


def _alternative_after(stretch: str, answers: list[str]) -> list[str]:
    """The other value a hedge right after the final answer offers (the rule is at _HEDGE_CUE_RE), as a
    candidate for the grader to hold against the answer; nothing when there is none. ``stretch`` is the text
    after the final answer.

    >>> _alternative_after(" (or 6 m/s if friction is included)", ["5 m/s"])
    ['6 m/s if friction is included']
    >>> _alternative_after(". Actually, 5 m/s is a reasonable speed.", ["5"])
    []
    """
    joined = _LETTER_JOINED.match(stretch) if OPTION_LETTER_RE.fullmatch(answers[-1].strip("() ")) else None
    if joined:  # "\boxed{B}, C": another option beside the one boxed
        return [f"({joined.group(1)})"]
    equated = _EQUATED_AFTER.match(stretch)  # "\boxed{12 N} = 15 N", "\approx 15 N": the value again, which must agree
    if equated and (unit_dimension(answers[-1]) is not None or _NUMBER_RE.fullmatch(answers[-1].strip())):
        chain = []
        while equated and len(chain) < _MAX_CHAIN:  # "\boxed{12 N} = 0.012 kN = 15 N": each link of the chain
            chain.append(_clean(equated.group(1)))
            equated = _EQUATED_AFTER.match(stretch, equated.end())
        return chain
    restated = _EQUATED_OPTION.match(stretch) if OPTION_LETTER_RE.fullmatch(answers[-1].strip("() ")) else None
    if restated:  # "\boxed{B} = C": the option restated, which must agree
        return [f"({restated.group(1)})"]
    listed = _LISTED_AFTER.match(stretch)  # "\boxed{12 N}, 15 N, 18 N", "\boxed{mgh}, \frac12 mv^2", "and $15$ N"
    listed_value = _clean(f"{listed.group(1)} {listed.group(2) or ''}") if listed else ""
    if listed and _lists_another(listed_value, answers[-1]):
        return [listed_value]
    could_be = _COULD_BE_RIGHT.search(stretch)  # "However, D could also be correct.", "But it could be false."
    if could_be and _COULD_BE_END.match(stretch, could_be.end()) \
            and not _RAISED.search(stretch, stretch.rfind(".", 0, could_be.start()) + 1, could_be.start()):
        return [could_be.group(1) or could_be.group(2) or could_be.group(3) or could_be.group(4)]
    # "(or C)", "(mv^2 if rolling)", "(or False)", "(with friction: 20 N)", on the answer's own line ("\boxed{12 N} for
    # g = 10 (15 N for g = 9.8)")
    offered = _BRACKETED_ALTERNATIVE.search(stretch, 0, (stretch.find("\n") + 1 or len(stretch) + 1) - 1)
    value = offered and next((group for group in offered.groups() if group), None)
    if value and _OFFERED_VALUE.search(value) and len(_WORD_RUN.findall(value)) < 3:  # (not "(in the range 0 to 1,
        return [_clean(value)]  # as required for an efficiency)": words about the value, none offered)
    ranged = _BRACKETED_RANGE.match(stretch) or _BRACKETED_BOUNDS.match(stretch)  # "(about 11 to 13 N)", "(could be
    # anywhere from 11 to 13 N)", "(11 ≤ T ≤ 13 N)": a range
    # of the answer's values (not "(for t = 2 to 3 s)", a range of another quantity)
    if ranged and unit_dimension(f"{ranged.group(2)} {ranged.group(3)}") == unit_dimension(answers[-1]):
        return [_clean(f"{ranged.group(1)} to {ranged.group(2)} {ranged.group(3)}")]
    bracketed = _BRACKETED_VALUE.match(stretch)  # "[6 m/s]", "(if rough: 6 m/s)", "(\approx 6 m/s)", "(18 km/h)"
    if bracketed and ((_is_unit(normalise(bracketed.group(3))) or unit_dimension(bracketed.group(2) + bracketed.group(3)))
                      if bracketed.group(3).strip() else bracketed.group(1)):
        return [_clean(bracketed.group(2) + bracketed.group(3))]  # (not "[1]", a citation, nor "(2 s.f.)")
    own = _numbers(answers)
    for cue in _HEDGE_CUE_RE.finditer(stretch):
        if cue.group().lower() == "correct" and stretch[:cue.start()].rstrip().lower().endswith((" is", "'s", " are")):
            continue  # "This is correct: a = 4 m/s^2": the answer confirmed (not "The correct answer is 13 N")
        if cue.group().lower() in ("i.e", "which "):  # "\boxed{5 m/s}, i.e. 18 km/h", ", which is 18 km/h": the
            # whole restatement, which must agree
            after = cue.end() + 1 if cue.group().lower() == "i.e" else cue.end() + 2  # past "." or "is"
            in_math = _offered_math(stretch, after)  # "i.e. $v = (2gh)^{1/2}$": the math whole, brackets and all
            found = _RESTATEMENT_RE.match(stretch, after)  # (none: no sentence end within its reach)
            restated = in_math or (found.group().strip(" ,") if found else "")
            if restated and compares(restated):
                continue  # ", which is less than 1 km", "about twice the weight": a comparison, no value restated
            named = _LONE_SYMBOL.match(restated)
            judged = (cue.group().lower() != "i.e" and _JUDGEMENT_WORD.fullmatch(restated)) \
                or (named and restated[named.end():named.end() + 1] in ("", ","))  # ", which is reasonable", ", which
            # is g" (", as expected"): a judgement or a name, no second value
            if restated and (states_value(restated) or in_digits(restated) or not _PROSE_RE.search(restated)) \
                    and not judged:  # (a judgement, no value; "i.e. a conductor" restates a word answer)
                return [_clean(_MATH_DELIMITERS.sub(" ", restated))]
            continue
        option = _OPTION_AFTER_OR.match(stretch, cue.end()) if cue.group().lower() in _OPTION_CUES else None
        if option:  # "\boxed{B}, or C", "\boxed{True} or False", "B. Actually, C.": another option
            return [option.group(1)]
        named = _OPTION_NAMED.search(stretch, cue.end(), cue.end() + _HEDGE_GAP)
        gap = _GAP_WORD_RE.findall(stretch[cue.end():named.start()]) if named else []
        after = _OPTION_CLAUSE.match(stretch, named.end()).group() if named else ""
        if named and all(len(word) == 1 or word.lower() in _HEDGE_JOINERS for word in gap) \
                and not _NUMBER_RE.search(stretch, cue.end(), named.start() + 1) \
                and "?" not in after and not DENIAL_RE.search(after) and not _RULED_OUT.search(after):
            return [f"({named.group(1) or named.group(2) or named.group(3)})"]  # "the answer could also be (C)", "Perhaps
            # (C).": another option offered (not "Should it be (C)? No.", "(C) is wrong", "option C is ruled out")
        corrected = _CORRECTION_AFTER.match(stretch, cue.start()) \
            if cue.group().lower() in ("wait", "actually", "oops", "hmm") else None
        if corrected:  # "\boxed{4.8 m}. Wait, that's not right - it slides 5.2 m", "- (C) is correct": the answer
            number = _NUMBER_RE.search(stretch, corrected.end(), corrected.end() + _HEDGE_GAP)  # taken back for another
            option = _BRACKETED_OPTION.match(stretch, corrected.end())
            formula = _offered_math(stretch, corrected.end())  # ": $T = 2\pi\sqrt{k/m}$", "- it is $6$ m"
            if option:
                return [option.group()]
            if formula:
                return [formula]
            if number:
                return [_clean(number.group() + _CLAUSE_RE.match(stretch, number.end()).group())]
        formula = (_offered_math(stretch, cue.end()) or _bare_formula(stretch, cue.end(), answers[-1])) \
            if _offers_after(stretch, cue) else None
        if formula and _another_reading(formula, answers[-1]):
            # "\boxed{\frac{\mu_0 I}{2\pi r}}, or maybe $\frac{\mu_0 I}{4\pi r}$": another formula (whose leading
            # number may be the answer's own: "or maybe $2\pi\sqrt{k/m}$")
            return [formula]
        number = _NUMBER_RE.search(stretch, cue.end())
        if number is None:
            if _OPTION_NAMED.search(stretch, cue.end()):
                continue  # a later cue may offer that option
            break
        gap = stretch[cue.end():number.start()]
        clause = _CLAUSE_RE.match(stretch, number.end()).group()
        value = _clean(number.group() + _MATH_DELIMITERS.sub(" ", clause).rstrip("\\ "))
        signed = -1.0 if stretch[number.start() - 1:number.start()] in ("-", "\u2212") else 1.0  # "it might be -30 cm"
        if signed < 0:
            value, gap = "-" + value, gap[:-1]
        if len(gap) <= _HEDGE_GAP and signed * float(number.group().replace(",", "")) not in own \
                and _offers_value(stretch, cue, gap, clause) and _another_reading(value, answers[-1]):
            return [value]
    return _offered_around(stretch, answers[-1])


def _offered_around(stretch: str, answer: str) -> list[str]:
    """Another value a sentence after the final answer offers in words around it (the rule is at
    _OFFERED_AROUND): a value of the answer's dimension, or another option for a boxed letter; nothing otherwise.

    >>> _offered_around(", but 15 N is equally likely.", "12 N"), _offered_around(" (C would also work)", "B")
    (['15 N'], ['(C)'])
    >>> _offered_around(". If not, check that g = 9.8 m/s^2.", "12 N")
    []
    """
    offering = [sentence for sentence, _ in _sentences(stretch) if _OFFERED_AROUND.search(sentence)]
    if not offering:
        return []
    letter = OPTION_LETTER_RE.fullmatch(answer.strip("() "))
    dimension = None if letter else unit_dimension(answer)
    if not letter and dimension is None:
        return []  # (a formula's or a bare number's alternatives are the cue words' to find)
    for sentence in offering:
        if letter:
            named = (next(group for group in found.groups() if group) for found in _OPTION_IN_SENTENCE.finditer(sentence))
            others = [option for option in named if option != letter.group().upper()]
            if others:
                return [f"({others[0]})"]
            continue
        for value in values_with_units(sentence):
            if _another_value(value, answer, dimension):
                return [value]
    return []


def _lists_another(value: str, box: str) -> bool:
    """Is ``value``, listed right after the final answer, another answer: another value of the box's
    dimension, or for a box with no unit (a number, a formula) any value but a named one ("\\boxed{v = 5 m/s},
    t = 2 s" lists another quantity, no second answer)?"""
    if _WORDS_LEAD.match(value):  # ", or possibly 6", ", so the block ...": words, which the cues read
        return False
    dimension = unit_dimension(box)
    if dimension is not None:
        return _another_value(value, box, dimension)
    return "=" not in value and "=" not in box and unit_dimension(value) is None and _is_value_line(value)


def _offered_math(stretch: str, at: int) -> str | None:
    """The formula in math delimiters that joining words at ``at`` lead to ("maybe $\\frac{\\mu_0 I}{4\\pi r}$",
    "it is \\(6\\) m"), with its unit after it; None where other words come first ("... depends on $r$") or the
    span is a unit alone ("The units should be $\\mathrm{m/s}$")."""
    opening = _MATH_OPENING.search(stretch, at, at + _HEDGE_GAP)
    if opening is None or not all(len(word) == 1 or word.lower() in _HEDGE_JOINERS
                                  for word in _GAP_WORD_RE.findall(stretch, at, opening.start())):
        return None
    span = _MATH_SPAN_AT.match(stretch, opening.start())
    if span is None or _is_unit(normalise(span.group(1))) \
            or _counts_something_else(stretch[span.end():span.end() + _HEDGE_GAP]):
        return None  # (nor "approximately $86.6\\%$ of the speed of light": a share of something else)
    unit = _unit_after(stretch, span.end())
    return _clean(f"{span.group(1)} {unit}" if unit else span.group(1))


def _bare_formula(stretch: str, at: int, box: str) -> str | None:
    """A formula offered at ``at`` with no math delimiters, after joining words only, to the first word after it
    ("or maybe \\frac{n^2h^2}{4mL^2} instead", "or perhaps mv^2/(2r) if ...", "or maybe 2gh", "or maybe gh" of the
    box's own letters), where the box is a formula in symbols too; None where words come first ("or maybe the
    speed depends on h") or it is no formula ("or maybe so")."""
    if not (_in_symbols(box) and _FORMULA_MARK.search(box)):  # (a box "B" is an option, no formula)
        return None
    words = _BARE_OFFER.match(stretch, at).group().split(" ")
    while words and (not words[0] or words[0].lower() in _HEDGE_JOINERS):
        words.pop(0)  # "it is", "maybe": the joining words before it
    end = next((index for index, word in enumerate(words) if _WORD_AFTER.fullmatch(word)), len(words))
    offered = " ".join(words[:end]).strip(" ,")  # (to "instead", "if", "I'm": words after the formula)
    if not offered or _LONG_WORD.search(_COMMAND.sub(" ", offered)) or offered.count("{") != offered.count("}"):
        return None  # ("equivalently, approximately": words, no formula)
    letters = _LETTER_PRODUCT.fullmatch(offered)
    if letters:  # "2gh", "mg": letters of the box's own symbols multiplied (not "so", nor 2 gram-hours)
        return offered if set(letters.group(1)) <= set(_LETTERS_OF.findall(_COMMAND.sub(" ", box))) else None
    if not _FORMULA_MARK.search(offered) or not _in_symbols(offered):
        return None  # ("take 5 N", "(C)": a value in units or an option)
    try:
        parse(normalise(offered), normalised=True)
    except ParseError:
        return None
    return _clean(offered)


def _another_reading(formula: str, box: str) -> bool:
    """May an offered formula be another answer to what the box answers: not a number for a box in symbols
    ("\\boxed{v = \\sqrt{2gh}}, or about $4.4$ m/s for $h = 1$ m": its value for the data), nor a value of another
    quantity than the box names ("\\boxed{v = 5 m/s}, which should equal $mgh = 25$ J")?"""
    value = _LEFT_SIDE.sub("", formula, count=1)
    if _in_symbols(_LEFT_SIDE.sub("", box, count=1)) and not (_in_symbols(value) or _LETTER_PRODUCT.fullmatch(value)):
        return False  # (letters multiplied, "2gh", are a formula, not 2 gram-hours, after a box in symbols)
    labels = [_LEFT_SIDE.match(text) for text in (box, formula)]
    return not (all(labels) and _squeezed_label(labels[0].group(1)) != _squeezed_label(labels[1].group(1)))


def _in_symbols(text: str) -> bool:
    """Is ``text`` a formula in symbols (``\\sqrt{2gh}``), not a number, alone or in units (``4.4 m/s``)?"""
    return unit_dimension(text) is None and _LETTERS.search(_COMMAND.sub("", text)) is not None


def _offers_after(stretch: str, cue: re.Match) -> bool:
    """May the cue offer another value: no one-letter quantity named right before it ("g may be $10$")?"""
    before = _GAP_WORD_RE.findall(stretch[max(0, cue.start() - _NAMED_BEFORE):cue.start()])
    return not (before and len(before[-1]) == 1 and before[-1] not in "aAI")


def _counts_something_else(clause: str) -> bool:
    """Does the text right after a number make it no value of the answer: an ordinal ("the 2nd method"), or a
    word that is no unit ("2 significant figures", "10% off", "1 of several")?"""
    if clause[:1].isalpha() and clause[:2].lower() in _ORDINALS:
        return True
    after = _GAP_WORD_RE.match(clause.lstrip(" %"))
    return bool(after) and len(after.group()) > 1 and after.group().lower() not in _CLAUSE_WORDS \
        and lookup_word(after.group()) is None


def _offers_value(stretch: str, cue: re.Match, gap: str, clause: str) -> bool:
    """Does the cue offer the number as another value of the answer? Only joining words, one-letter symbols
    or signs between them; no word after the number but a unit ("to 2 significant figures", "2 times
    faster" count something else); and no other quantity named right before the cue ("g may be 10 m/s^2")."""
    if not all(len(word) == 1 or word.lower() in _HEDGE_JOINERS for word in _GAP_WORD_RE.findall(gap)):
        return False
    return not _counts_something_else(clause) and _offers_after(stretch, cue)


def _boxed(text: str, units_after: bool = False) -> tuple[list[str], int]:
    """The contents of every box (with a power of ten written after it, and ``units_after``: a unit), and where
    the last one ends."""
    spans = box_spans(text)
    end = spans[-1][1] + 1 if spans else 0
    if len(spans) > 1:  # "\boxed{15 N} Wait, I made an error: ... \boxed{12 N}": a box taken back before the next
        spans = [span for span, following in zip(spans, spans[1:] + [None])
                 if following is None or not _BOX_TAKEN_BACK.search(text, span[1] + 1, min(following[0], span[1] + _AFTER_ANSWER))]
    return [_bounded(text, start, stop, _with_what_follows(text, start, stop, units_after)) for start, stop in spans], end


def _bounded(text: str, start: int, end: int, content: str) -> str:
    """A box's contents with a bound written just outside it ("at least \\boxed{12 N}", "\\boxed{12 N} or more"),
    which the grader reads as the hedge it is, as inside the box."""
    before = _BOUND_BEFORE_BOX.search(text, max(0, start - 60), text.rfind("\\", 0, start))
    after = _BOUND_AFTER_BOX.match(text, end + 1)
    if before:  # ("isn't \\boxed{12 N}": a denial, read as "not")
        content = f"{'not' if before.group(1) in _DENYING else before.group(1)} {content}"
    return f"{content} {_PLUS_MINUS.sub(_PM, after.group(1))}" if after else content


_DENYING = frozenset(("isn't", "never be", "can't be", "cannot be"))
_PM = r"\\pm "
_PLUS_MINUS = re.compile(r"\A(?:±|\+/-|\+-|give or take)\s?")  # an uncertainty's sign, written as \pm
# (in a sentence of its own too: "\boxed{12 N}. At least 12 N.")
_BOUND_AFTER_BOX = re.compile(r"[ \t]{0,3}\$?[ \t]{0,2}(?:\\[ ,;]\s?)?(?:\\text\s?\{\s?)?(?:[,(]|\.(?:[ \t]{1,3}|\n))?[ \t]{0,2}\$?"
                              r"(at least|at most|or more(?! precisely| accurately| exactly)|or less|or greater|"
                              r"or fewer|or higher|or lower|or above|or below|at minimum|at maximum|"
                              r"(?:\\pm|±|\+/-|\+-|give or take)\s?\$?\s?\d[\d.]{0,12}\$?(?:\s?(?:\\text\{\s?)?[A-Za-z][A-Za-z/^\d]{0,12}\}?)?|"
                              r"(?:to\s)?within\s(?:a\sfactor\sof\s\d{1,3}|an?\sorder\sof\smagnitude|an?\s(?:constant|"
                              r"numerical)\sfactor)|up\sto\s(?:an?\s)?(?:constant|numerical)\sfactors?|"
                              r"(?<=\()\s?(?:an?\s)?order[- ]of[- ]magnitude(?:\sestimate)?(?=\s?\))|"
                              r"at the (?:least|most)|(?<=\()\s?(?:upper|lower) bound|(?<=\()\s?(?:maximum|minimum)(?=\s?\))|"
                              r"(?:(?:this|that|it)\s{1,3})?(?:is|'s)\s{1,3}(?:only\s{1,3}|just\s{1,3}|merely\s{1,3})?"
                              r"(?:an?\s{1,3})?(?:upper|lower)\s{1,3}bound(?=\s{0,3}(?:[.!;)]|\n|\Z))|which\s{1,3}is\s{1,3}(?:only|"
                              r"just|merely)\s{1,3}(?:an?\s{1,3})?(?:upper|lower)\s{1,3}bound)\b",
                              re.I)  # (bounds by name in brackets only: "\boxed{12 N} (upper bound)", or said to be one:
# "\boxed{12 N} is an upper bound.", "\boxed{12 N}. This is a lower bound.", not "..., which is a lower bound on v")
_BOUND_BEFORE_BOX = re.compile(r"\b(at least|at most|no less than|no more than|not less than|not more than|up to|"
                               r"more than|less than|greater than|fewer than|not|%s)[ \t]{0,3}(?:\$|\\\(|\\\[)?[ \t]{0,3}\Z"
                               % "|".join(_DENYING),
                               re.I)


def _with_what_follows(text: str, start: int, end: int, units: bool) -> str:
    """A box's contents, with what is written right after the box where the box holds a bare number: a power of
    ten (``\\boxed{5} \\times 10^{3}``), and where ``units``, a unit (``\\boxed{5}\\ \\text{km/h}``,
    ``\\boxed{12} N.``): the value is that, not the bare number read in the gold's unit."""
    content, at = text[start:end], end + 1
    if at >= len(text) or not _NUMERIC_BOX.fullmatch(content):
        return content
    scale = _SCALE_AFTER_BOX.match(text, at)
    if scale:
        content, at = f"{content} {scale.group(0).strip().strip('$')}", scale.end()
    unit = _unit_after(text, at) if units else None
    return f"{content} {unit}" if unit else content


def _unit_after(text: str, at: int) -> str | None:
    """The unit written at ``at``, right after an answer, ending its sentence or line (``\\ \\text{km/h}``, `` J.``,
    ``^\\circ C``); None where there is none or the word is no unit."""
    after = _UNIT_AFTER_BOX.match(text, at)
    if after is None:
        return None
    unit = after.group(1) or after.group(2)
    if unit is None:  # "^\circ C", "°C"
        return after.group(3)
    return f"{unit}{after.group(4) or ''}" if _is_unit(unit) else None


def _is_unit(text: str) -> bool:
    """Does ``text`` (``km/h``, ``m/s^2``) write a unit, each of its letter runs one, and no word that is mostly
    a word (``in``, ``a``)?"""
    pieces = _LETTERS.findall(text)
    return bool(pieces) and all(lookup_word(piece) for piece in pieces) \
        and not (len(pieces) == 1 and pieces[0] in _NOT_UNITS)


def box_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the contents of each outermost closed ``\\\\boxed{}``/``\\\\fbox{}``; ``text[end]`` is
    its ``}``. A box inside another box is part of the outer one.

    >>> box_spans("\\\\boxed{a{b}} and \\\\boxed{c")
    [(7, 11)]
    """
    opened = [match.end() for match in _BOX_RE.finditer(text) if text[match.end():match.end() + 1] == "{"]
    closing = _closing_braces(text, opened[0]) if opened else {}
    spans: list[tuple[int, int]] = []
    for start in opened:
        end = closing.get(start)
        if end is not None and end - start <= MAX_ANSWER_CHARS + 1 and not (spans and start <= spans[-1][1]):
            spans.append((start + 1, end))
    return spans


def _closing_braces(text: str, start: int) -> dict[int, int]:
    """Where each brace opened at or after ``start`` closes (``\\{`` and ``\\}`` are no group's), in one pass
    over the braces: a box scanned to its end apiece made a reply of 1,000 unclosed boxes quadratic."""
    closing, opened = {}, []
    for brace in _BRACE.finditer(text, start):
        if brace.group() == "{":
            opened.append(brace.start())
        elif opened:
            closing[opened.pop()] = brace.start()
    return closing


def _drop_chat_tokens(text: str) -> str:
    """A chat template's special tokens are no text; a new turn after an answer (``<|im_start|>user``, a base
    model's "Human:" and the next exchange) ends the completion, unless it is the assistant's own again
    (``<|im_end|><|im_start|>assistant``): what the reply says there is its own, held with the rest (a second box
    there is a second answer)."""
    for match in _NEW_TURN.finditer(text):
        if text[:match.start()].strip():
            if not _ASSISTANT_TURN.match(text, match.start()):
                text = text[:match.start()]
            break
    return _CHAT_TOKEN.sub(" ", text)


def _before_next_question(text: str) -> str:
    """A base model's reply to its question, without the next question it goes on to write and answer ("Answer:
    12 N\n\nQuestion: ..."): cut at the first question line after an answer (a question restated before any
    answer, "Question: ... Solution: ...", stays)."""
    for match in _NEW_QUESTION.finditer(text):
        if _ANSWERED.search(text, 0, match.start()):
            return text[:match.start()]
    return text


def _drop_thinking(text: str) -> str:
    """``text`` with each ``<think>...</think>`` block replaced by a space (linear time); a ``</think>`` with no
    ``<think>`` before it ends thinking the prompt opened (DeepSeek-R1's, QwQ's, Qwen3's templates do); a
    ``<think>`` never closed is dropped to the end (the completion was cut off while thinking)."""
    kept, at = [], 0
    first_close, first_open = _THINK_CLOSE.search(text), _THINK_OPEN.search(text)
    if first_close and (first_open is None or first_close.start() < first_open.start()):
        at = first_close.end()
    while opening := _THINK_OPEN.search(text, at):
        kept.append(text[at:opening.start()])
        closing = _THINK_CLOSE.search(text, opening.end())
        if closing is None:  # thinking never closed: a completion cut off before it answered
            return " ".join(kept)
        at = closing.end()
    return " ".join(kept + [text[at:]])


def _tagged(text: str) -> tuple[list[str], int]:
    """Contents of ``<answer>...</answer>`` pairs at most _MAX_TAGGED characters long (linear time), and
    where the last one ends."""
    found, at, end, closing = [], 0, 0, None
    while opening := _TAG_OPEN.search(text, at):
        if closing is None or closing.start() < opening.end():  # each closing tag is looked for once
            closing = _TAG_CLOSE.search(text, opening.end())
            if closing is None:
                break
        if closing.start() - opening.end() <= _MAX_TAGGED:
            found.append(text[opening.end():closing.start()])
            at = end = closing.end()
        else:
            at = opening.end()
    return found, end


def _answer_lines(text: str, several: bool = False) -> tuple[list[str], int]:
    """The value the last answer line states (at most one), and where it ends; ``several``: the gold has
    parts (see ``_labelled_parts``)."""
    matches = [found for found in _ANSWER_LINE_RE.finditer(text)
               if not _NOT_OWN_ANSWER.search(text, max(0, found.start() - 40), found.start())]
    if not matches:
        return [], 0
    answer = matches[-1].group(1)
    if len(answer) == MAX_ANSWER_CHARS and text[matches[-1].end():matches[-1].end() + 1] not in ("", "\n") \
            and not _SENTENCE_END.search(answer):
        return [], 0  # an answer whose first sentence is longer than any answer read ("12 N, i.e. very ... 15 N"): none
    if "\n" in text[matches[-1].start():matches[-1].start(1)]:  # "**Final Answer:**" alone on its line
        block = _part_paragraphs(text[matches[-1].start(1):matches[-1].start(1) + _MAX_PARTS_BLOCK], several)
        lines = [line for line in (_clean(l) for l in block.splitlines()) if line]
        values = lines[:_MAX_PART_LINES]  # each one value ("$5$ m/s", "6 s"): the parts in order, for a gold of parts
        bare = len(values) > 1 and all(map(_is_value_line, values))
        parts = _labelled_parts(lines, several) or _equation_lines(lines) or (_named_lines(lines) if several else "") \
            or (", ".join(values) if several and bare else "")
        if parts:  # "(a) 12 N" and "(b) 2.4 m/s^2", or "T_1 = 2mg" and "T_2 = mg", on the lines below it
            return [parts], matches[-1].start(1) + len(block)
        if bare and not any("=" in line for line in values):
            # "Final Answer:\n12 N\n15 N" for a gold of one part: two final answers (the grader's hedge if they differ)
            return values, matches[-1].start(1) + len(block)
        answer = _BULLET.sub("", answer, count=1)  # "**Final Answer:**" then "- 12 N": a bullet, no minus sign
        label = _PART_LINE.match(answer)
        if label:  # "1. Speed at the bottom: $5$ m/s": one part, its label no value
            answer = answer[label.end():]
    if answer.startswith("}"):  # "\text{Answer: } 12 N": the marker closed its text group
        answer = answer[1:]
    if answer.count("**") % 2 and (text[max(0, matches[-1].start() - 2):matches[-1].start()] == "**"
                                   or text[:matches[-1].start(1)].rstrip(" \t\n").endswith("**")):
        answer = answer.replace("**", " ", 1)  # "**Answer: 12 N** (approximately)": the bold the marker opened;
        # "Final Answer:" then "**T = 12 N** (tension in the rope)" on the next line: the bold the line opened
    nested = list(_ANSWER_LINE_RE.finditer(answer))  # "Final Answer: The final answer is $5$."
    value = _first_sentence(nested[-1].group(1) if nested else answer)
    if len(matches) > 1 and (text[matches[-2].end():matches[-1].start()].strip(" \t\n*.,;").lower() in _BETWEEN_ANSWER_LINES) \
            and value and not _OFFERED_ANSWERS.search(text, text.rfind("\n", 0, matches[-2].start()) + 1,
                                                     matches[-2].start()):
        # "Answer: 15 N" and "Answer: 12 N" on the next line: two final answers (a hedge if they differ; a
        # correction after working in between is the answer corrected; "Possible answers: ..." offers, no answer)
        return [_first_sentence(matches[-2].group(1)), value], matches[-1].end()
    below = _clean(text[matches[-1].end():].lstrip(" \t")[1:].split("\n", 1)[0]) if not several else ""
    with_unit = _with_units_line(value, below) if below and value else value
    if with_unit != value:  # "Answer: 12" and "Units: kN" below it
        return [with_unit], text.find("\n", matches[-1].end() + 1) % (len(text) + 1)
    if value and below and _is_value_line(below) and "=" not in below and not below.startswith(("(", "[")) \
            and not _is_aside(below) and _DIGIT.search(below) and states_value(below) and not _PRECISION_NOTE.search(below):
        # "Final Answer: 12 N" and "15 N" on the line below it: two final answers (a hedge if they differ)
        return [value, below], text.find("\n", matches[-1].end() + 1) % (len(text) + 1)
    start = text.find(value, matches[-1].start(1)) if value else -1
    if start < 0 and value:  # the value as read ("2.4 m before stopping", its "$" gone): its sentence's end
        sentence = _sentences(answer.strip())[0][0]
        start, value_end = text.find(sentence, matches[-1].start(1)), len(sentence)
        end = start + value_end if start >= 0 else matches[-1].end()
        joined = _JOINED_AFTER.search(text, matches[-1].start(1), end)  # ("$1.23 \times 10^{-10}$ m, or about 12.3 nm":
        return [value], (joined.start() if joined else end)  # what follows the value is read for a second one)
    return [value], (start + len(value) if start >= 0 else matches[-1].end())


def part_segment(text: str, label: str) -> str | None:
    """The text answering the question's part ``label`` in a completion that answers its parts in turn: from the
    last line (or sentence) that opens with that label ("(a) ...", "**Part (a):**", "- (a)") to the next that
    opens with another; None where none opens with it.

    >>> part_segment("(a) v = 5 m/s.\\n(b) t = 7 s.", "a")
    '(a) v = 5 m/s.\\n'
    """
    if f"{label})" not in text:
        return None
    starts = list(re.finditer(_PART_OPENER % re.escape(label), text))
    if not starts:
        return None
    start = starts[-1].start(1)
    following = re.compile(_PART_OPENER % _ANY_LABEL).search(text, starts[-1].end())
    return text[start:following.start(1) if following else len(text)]


# a part's label opening a line or sentence: "(a) ", "**Part (a):** ", "- (a) ", ". (b) "
_PART_OPENER = r"(?:^|\n|(?<=[.:;]\s))[ \t>*#-]{0,6}((?:\*\*)?(?:Part\s)?\(?(?:%s)\)(?:\*\*)?[:.]?(?:\*\*)?\s)"
_ANY_LABEL = r"[a-h]|i{1,3}|iv|vi{0,3}"


def _part_paragraphs(text: str, several: bool = False) -> str:
    """The first paragraph of ``text``, and those after it that each open with a part's label ("(a) 5 m/s",
    a blank line, "(b) 6 s"); ``several``: or that each are one value ("$5$ m/s", a blank line, "$6$ s")."""
    paragraphs = text.split("\n\n")
    taken = 1
    while taken < min(len(paragraphs), _MAX_PART_LINES):
        paragraph = _clean(paragraphs[taken].strip())
        if not (_PART_LINE.match(paragraph) or (several and _is_value_line(paragraph))):
            break
        taken += 1
    return "\n\n".join(paragraphs[:taken])


def _is_value_line(line: str) -> bool:
    """A line that is one value and no sentence (``$5$ m/s``, ``6 s``)."""
    return bool(line) and "\n" not in line and LOOKS_LIKE_ANSWER.search(line) is not None \
        and _PROSE_RE.search(line) is None and len(line) <= _MAX_VALUE_LINE


def _first_sentence(text: str) -> str:
    """The value an answer line states: a leading math span, or its first sentence from its last verb on
    ("The largest $n$ is 34." -> "34")."""
    text = text.strip()
    option = _OPTION_WITH_TEXT.match(text)
    if option:  # "C) The acceleration is 9.8 m/s^2 downward": the option named, with its text (no value of it)
        return option.group(1)
    math = _MATH_SPAN.match(text)
    if math:  # "$2.82\times10^{-12}$ J", "$24$ km/h": the unit written after the math is the value's
        unit = _unit_after(text, math.end())
        sentence = _sentences(text)[0][0]
        rest = sentence[math.end():]
        first = math.group(1)
        if unit and 0 <= rest.find(unit) <= _MAX_UNIT_GAP:
            rest = rest[rest.find(unit) + len(unit):]
        elif (word := _LEADING_WORD.match(rest)) and _is_unit(word.group(1)):  # "$12$ N—$15$ N"
            rest, first = rest[word.end():], f"{first} {word.group(1)}"
        other = _under_another_condition(first, rest)
        if other:  # "$A$ if the sphere is a conductor and $B$ otherwise": two answers, each under its condition
            return f"{first} or {other}"
        if _ANOTHER_VALUE.match(rest) or (_OR_ANOTHER.search(rest) and not _TRUTH.fullmatch(rest)):
            # "$12$ N to $15$ N", "$B$ and $C$", "$5$ m/s or $6$ m/s", "$12$ N, not $1.2$ kN, or $15$ N": another value
            return sentence.replace("$", " ").strip()  # joined to it, judged with it (as the plain text would be)
        return f"{math.group(1)} {unit}" if unit else math.group(1)
    sentence, mark = _sentences(text)[0]
    if mark == "?":
        return ""
    return _stated_in(sentence)


def _truth_stated(sentence: str) -> str | None:
    """The truth value a sentence's last verb states ("the statement is true"), where the clause saying it denies
    nothing ("Since N is not equal to mg, the statement is false"; not "It is not the case that it is true")."""
    parts = _VERB_RE.split(sentence)
    if len(parts) < 2 or not _TRUTH.fullmatch(parts[-1]):
        return None
    verb_at = len(sentence) - len(parts[-1])
    clause_at = max(sentence.rfind(",", 0, verb_at), sentence.rfind(";", 0, verb_at)) + 1
    if _MODAL_BE.search(sentence, 0, verb_at) or _GUESSED.search(sentence, clause_at, verb_at):
        return f"maybe {parts[-1].strip()}"  # "It could be true.": a possibility offered, no truth value
    return None if DENIAL_RE.search(sentence, clause_at, verb_at) else parts[-1]


def _under_another_condition(first: str, rest: str) -> str | None:
    """The value ``rest`` gives under another condition than ``first``'s ("if static and $15$ N otherwise", "for a
    conductor, $0$ for an insulator", "; otherwise $0$"), with its unit; None where there is none, or it names
    another quantity ("$T = mg$ for the hanging mass and $N = mg\\cos\\theta$ for the block")."""
    condition = _UNDER_CONDITION.match(rest)
    other = _MATH_SPAN_AT.match(rest, condition.end()) if condition else None
    if other is None:
        return None
    value, end = other.group(1), other.end()
    word = _LEADING_WORD.match(rest, end)
    if word and _is_unit(word.group(1)):  # "$15$ N otherwise"
        value, end = f"{value} {word.group(1)}", word.end()
    labels = [_LEFT_SIDE.match(text) for text in (first, value)]
    if not _OTHER_CASE_END.match(rest, end) or (all(labels) and labels[0].group(1) != labels[1].group(1)):
        return None  # (not "and $Q$ is fixed": a condition's own symbol)
    return value


def _qualifies(text: str) -> bool:
    """Do the words around the math of ``text`` bound or deny it ("at most", "does not slide")? (A relation
    inside the math, ``$x < 3$``, is the answer's own.)"""
    words = _INLINE_MATH.sub(" ", text).split("$")[0]  # a span left open at the end: what comes before it
    return bool(qualifier(words) or DENIAL_RE.search(words))


def _denies(line: str, value: str) -> bool:
    """Does ``line`` deny what it states about ``value`` (a "not", "never", "n't", "false" outside it, with no
    other number between it and the value: "the number is not 10 which is 1,000.99" denies the 10)?"""
    at = line.rfind(value)
    if at < 0:
        return DENIAL_RE.search(line) is not None
    before = [match.end() for match in DENIAL_RE.finditer(line, 0, at)]
    return bool((before and not _DIGIT.search(line, before[-1], at)) or DENIAL_RE.search(line, at + len(value)))


def _calls_right(parts: list[str]) -> bool:
    """Do the pieces of a sentence split at its verbs end in one naming an option, then its rightness
    ("Option (C)", "correct"; "C", "the right one"; not "The statement", "true")?"""
    return _ONLY_RIGHTNESS.fullmatch(" ".join(parts[-1].split())) is not None and _NAMES_A_LETTER.search(parts[-2]) is not None


# "(a) ", "b) ", "(ii) ", "2. ", "Part 2: ", "Case B: "
# (after a bullet, "- (a) ...", and in bold, "**Part (a):** ...")
_PART_LINE = re.compile(r"(?:[-•]\s)?(?:\(?([a-h]|i{1,3}|iv|vi{0,3}|[1-9])[).]|(?:Part|Case)\s\(?([A-Ha-h1-9])\)?\s?[:.)])"
                        r"(?:\*\*)?:?\s+(?=\S)")
_FORMULA_IN_LETTERS = re.compile(r"[A-Za-z_]{1,6}(?:\s?[/*^]\s?[A-Za-z_\d]{1,6}){1,4}")  # "mg/k": a part's formula
_SENTENCE_PART = re.compile(r"(?:\A|(?<=[.;]\s))(?:\*\*)?(?:(?i:For|In)\s)?(?:(?i:part)\s)?\(?(?:[a-h]|i{1,3}|iv)\)")  # a
# sentence's label, and where a line's sentences part: before each
_PART_SPLIT = re.compile(r"(?<=[.;])\s{1,3}(?=(?:\*\*)?(?:(?i:For|In)\s)?(?:(?i:part)\s)?\(?(?:[a-h]|i{1,3}|iv)\))")
_FOR_PART = re.compile(r"\A(?i:For|In)\s(?i:part)\s\(?([a-h]|i{1,3}|iv)\),?\s")  # "For part (a), ": the label "(a)"
_INLINE_PART = re.compile(r"[;,]\s{0,3}\(?(?:[a-h]|i{1,3}|iv|vi{0,3})\)\s")  # "5 m/s; (b) 6 s"
_NAMED_BULLET = re.compile(r"[-•]\s([A-Za-z][A-Za-z ,'-]{0,40}):\s{0,3}(?:\*\*)?(?=[\d$\\-])")  # "- Speed: $5$ m/s"
# a part's answer after its name in words: "Speed at the bottom: $5$ m/s"
_NAMED_VALUE = re.compile(r"[A-Za-z][A-Za-z ,'-]{0,40}:\s{0,3}(?=[\d$\\-])")
_FIRST_LABELS = ("a", "i", "1", "A")


def _is_aside(line: str) -> bool:
    """A line said beside the answer ("I hope this helps!", "Note: g was not needed"), not one correcting it
    ("Note: the speed is actually 6 m/s")."""
    return _ASIDE.match(line) is not None and not _CORRECTION.search(line)


def _labelled_parts(lines: list[str], sentences: bool = False) -> str:
    """The answers of a question's parts on the last lines, one a line, each after its label (``(a) 2 m/s``,
    ``(b) 4 m/s``; ``1. ...``, ``2. ...``), as one list without the labels; "" where the last line is no such
    part, a line gives no value (a list of steps) or the run does not start at the first label. ``sentences``:
    the gold has parts, which a sentence may state each ("(a) The tension is $12$ N.")."""
    values, labels = [], []
    for line in reversed(lines[-_MAX_PART_LINES:]):
        match = _PART_LINE.match(line)
        if match is None:
            break
        named = _NAMED_VALUE.match(line, match.end())
        value = line[named.end() if named else match.end():]
        if sentences and _PROSE_RE.search(value):
            value = _stated_in(value.rstrip(" ."))
        if sentences and (value[:1].isalpha() or _PROSE_RE.search(value)) and "=" not in value \
                and not _qualifies(value) and (number := _NUMBER_RE.search(value)):  # (not "at least $5$ m/s")
            # "the block travels 10 m along the floor", "It takes $2$ s": the number and its unit
            start = value.rfind("$", 0, number.start()) if "$" in value[:number.start()] else number.start()
            end = value.find("$", number.end()) + 1 if start < number.start() else number.end()
            word = _LEADING_WORD.match(value, end)
            value = value[start:word.end() if word and _is_unit(word.group(1)) else end]
        if not (LOOKS_LIKE_ANSWER.search(value) or (sentences and _FORMULA_IN_LETTERS.fullmatch(value.strip(" .")))) \
                or _PROSE_RE.search(value) or _INLINE_PART.search(value):
            break  # "1. compute the speed", "2. Substituting the numbers, $a = 2$": steps, not parts; "(a) 5 m/s;
            # (b) 6 s": the parts on one line, read as a list there
        values.append(value)
        labels.append(match.group(1) or match.group(2))
        if labels[-1] in _FIRST_LABELS and len(values) > 1:
            return ", ".join(reversed(values))
    ranks = [label_rank(label) for label in labels]
    if len(values) > 1 and None not in ranks and len({kind for kind, _ in ranks}) == 1 \
            and sorted(rank for _, rank in ranks) == list(range(len(ranks))):
        return ", ".join(value for _, value in sorted(zip((rank for _, rank in ranks), values)))  # by label
    return ""


# a line that is one equation, "T_1 = 2mg", "$v_A = 3$ m/s": a part's answer where several are asked for
_EQUATION_LINE = re.compile(r"\$?\s?([A-Za-z\\][\w{}\\^'\s]{0,24}?)\s?=\s?([^=]{1,80}?)\s?[.,;]?")


def _equation_lines(lines: list[str]) -> str:
    """The last lines, each one equation for another quantity (``T_1 = 2mg``, ``T_2 = mg``), as one list; ""
    where there are fewer than two, or a line repeats a quantity (working: ``v = at``, ``v = 6 m/s``)."""
    found, labels = [], set()
    for line in reversed(lines[-_MAX_PART_LINES:]):
        match = _EQUATION_LINE.fullmatch(line)
        if match is None or _PROSE_RE.search(line) or match.group(1).strip() in labels:
            break
        labels.add(match.group(1).strip())
        found.append(line.strip(" .,;"))
    return ", ".join(reversed(found)) if len(found) > 1 else ""


def _named_lines(lines: list[str]) -> str:
    """The last lines, each a bullet naming another quantity in words before its value (``- Speed: $5$ m/s``,
    ``- Time: $6$ s``), as one list; "" where there are fewer than two, or a name repeats."""
    found, names = [], set()
    for line in reversed(lines[-_MAX_PART_LINES:]):
        match = _NAMED_BULLET.match(line)
        if match is None or match.group(1).lower() in names or not LOOKS_LIKE_ANSWER.search(line, match.end()):
            break
        names.add(match.group(1).lower())
        found.append(line[match.end():].strip(" .,;"))
    return ", ".join(reversed(found)) if len(found) > 1 else ""


def _table_cell(line: str) -> str:
    """A Markdown table's row as the answer it gives: its last cell (``| current | **3 A** |`` -> ``3 A``), after
    its label where the first cell labels a part (``| (a) | 5 m/s |`` -> ``(a) 5 m/s``); any other line as it is."""
    if len(line) < 3 or line[0] != "|" or line[-1] != "|":
        return line
    cells = [cell.strip(" *") for cell in line[1:-1].split("|")]
    if len(cells) < 2:
        return line
    label = _PART_LINE.match(cells[0] + " .")  # the whole first cell a label: "(a)", "Part 2:"
    return f"{cells[0]} {cells[-1]}" if label and label.end() == len(cells[0]) + 1 else cells[-1]


def _last_line(text: str, several: bool = False) -> str:
    display = _closing_display(text) or _closing_environment(text)
    if display:
        return display
    lines = [line for line in (_clean(_table_cell(l.strip())) for l in text.splitlines()) if line]
    if not lines:
        return ""
    if several and len(_SENTENCE_PART.findall(lines[-1])) > 1:  # "Part (a): ... 5 m/s. Part (b): ... 10 J.",
        # "(a) The speed is 5 m/s. (b) ...", "For part (a), the speed is 5 m/s. For part (b), ...": a sentence a part
        lines = lines[:-1] + [_FOR_PART.sub(r"(\1) ", _clean(piece)) for piece in _PART_SPLIT.split(lines[-1])
                              if _clean(piece)]
    parts = _labelled_parts(lines, several) or (_equation_lines(lines) or _named_lines(lines) if several else "")
    if parts:
        return parts
    # the last line, and in it the last sentence, that looks like an answer - not "Let me know if...", nor an
    # aside after it ("I hope this helps with your Physics 101 homework!", "Note: g = 9.8 m/s^2 was not needed")
    line = next((l for l in reversed(lines) if (LOOKS_LIKE_ANSWER.search(l) or _NAMES_OPTION.search(l)
                                                 or _RIGHT_OPTION.search(l) or _number_in_words(l)
                                                 or _STATES_TRUTH.search(l))
                 and not _is_aside(l) and not _DELIMITER_LINE.fullmatch(l) and not _asks(l)
                 and not _wordy_footnote(l)), lines[-1])[-MAX_ANSWER_CHARS:]
    line = _BULLET.sub("", line, count=1)  # "- 12 N": a list's bullet, no minus sign
    if "[^" in line:
        line = _FOOTNOTE_REFERENCE.sub("", line)  # "The force is 12 N.[^1]": the note's mark, no number of the answer
    if "`" in line and "$" not in line and "```" not in line:  # "we find `x = 24/4 = 6`.": code marks as math's $
        line = line.replace("`", "$")
    if _GIVES_UP.search(lines[-1]) or _MENU.search(lines[-1]):
        return ""  # "... T = 12 N. I could not complete the derivation.": no answer (the value was the question's);
        # "... with g = 10 it is 5 m/s^2. Pick whichever your course uses.": values offered, none chosen
    in_words = _number_in_words(line) if not LOOKS_LIKE_ANSWER.search(line) else None
    if in_words:  # "The image forms fifteen centimeters from the lens.": the value in words (a guess or a denial
        return line if _qualifies(line) else in_words  # around it kept: "If I had to guess it might be ...")
    sentences = _sentences(line)
    if len(sentences) > 1 and _BARE_DENIAL.fullmatch(sentences[-1][0].strip()):
        return ""  # "The block slides 4.8 m. That's not correct.": the answer taken back, none put in its place
    answering = (s for s in reversed(sentences) if (LOOKS_LIKE_ANSWER.search(s[0]) or _OPTION_CHOSEN.search(s[0])
                                                    or _OPTION_CALLED_RIGHT.search(s[0])) and not _is_aside(s[0].strip()))
    line, mark = next(answering, None) or next((s for s in reversed(sentences) if not _is_aside(s[0].strip())),
                                               sentences[-1])
    # ("15 N. Note to grader: this equals 12 N.": an aside's value is no answer; "The correct option is **(B)**. As a
    # sanity check, ...": nor its words)
    if mark == "?":
        return ""
    return _stated_in(line)


def _asks(line: str) -> bool:
    """Does a line end by asking ("What force acts on it?", "Calculate the escape speed ...", "..., find its
    temperature."): the question restated after the answer, no answer of its own?"""
    last = _sentences(line)[-1]
    return last[1] == "?" or _ASKING.search(last[0]) is not None


def _number_in_words(line: str) -> str | None:
    """The last value a line writes in words with its unit, in digits ("twelve joules" -> "12 joules", "twenty-five
    meters per second", "fifteen centimeters" of "... from the lens"); None where it writes none ("one way to see
    it", "two forces": no unit after the number).

    >>> _number_in_words("The image forms fifteen centimeters from the lens.")
    '15 centimeters'
    """
    found = [match for match in _NUMBER_IN_WORDS.finditer(line) if lookup_word(match.group(1))]
    if not found:
        return None
    words = line[found[-1].start():].split()
    end = found[-1].group(0).count(" ")  # the number's words, then its unit's (and "per", "squared", ...)
    while end < len(words) and (lookup_word(words[end].strip(".,;")) or words[end] in JOINING_WORDS):
        end += 1
    return in_digits(" ".join(words[:end]).strip(" .,;"))  # (in digits: None where no number is read, "eleven point two")


def _stated_in(line: str) -> str:
    """The value one sentence states: what follows its last verb, a math span or a number after words; the
    options it calls right where it calls some right and others wrong."""
    chosen = _CHOICE_IS.search(line)
    if chosen and not DENIAL_RE.search(line, 0, chosen.end()):
        # "The correct choice is **(C)**: the acceleration is $9.8$ m/s^2": the option, then its text (not "... is not
        # option B; it is option C.")
        return f"({chosen.group(1)})"
    called = list(_OPTION_CALLED_RIGHT.finditer(line))
    named = called[-1] if called else None  # ("(A) is correct only if ...; since ..., option (C) is correct": the last)
    if len(called) > 1 and not _CONDITION_BETWEEN.search(line, called[0].start(), called[-1].start()):
        return ", ".join(f"({match.group(1)})" for match in called)  # two options called right: both (a hedge)
    if named and _OR_ANOTHER_OPTION.search(line, named.start(1), named.end()):
        return line[named.start():]  # "Option (B) or (C) is correct": two options (a hedge)
    if named and not DENIAL_RE.search(line, 0, named.end()):
        # "Hence, option (B) $\frac{\sqrt{3}}{2}$ is correct.": the option, its text aside (what follows stays: "..., and
        # option (C) too" is another)
        rest = line[named.end():]
        if _OTHERS_RULED_OUT.match(rest) or ((_OTHER_OPTION_AS_REASON.search(rest) or not _STILL_OFFERED.search(rest))
                                             and not _ALSO_RIGHT.search(rest)):
            rest = ""  # "..., not (A) or (B)", "; options (A), (C) and (D) are wrong", "since option (A) would ...":
            # the others ruled out or reasoned about
        return f"({named.group(1)})" + rest
    mistaken = _MISTAKE_LEAD.match(line)
    if mistaken:  # "Hmm, I halved it by mistake; it actually slides 4.8 m": the value the reply corrects to
        line = line[mistaken.end():]
    corrected = _SELF_CORRECTION.match(line)
    if corrected and (line[corrected.end():corrected.end() + 1].isalpha()  # "Wait, that's not right - it slides
                      or _BRACKETED_OPTION.match(line, corrected.end())):
        line = line[corrected.end():]  # 4.8 m": the corrected value (not "that's wrong: 4.8 m ignores friction")
    if not LOOKS_LIKE_ANSWER.search(line):  # "(B) and (C) are correct", "(B) is correct; (A) is not"
        right = dict.fromkeys(letter for found in _RIGHT_OPTION.findall(line) for letter in OPTION_LETTER_RE.findall(found))
        at = min((line.find(letter) for letter in right), default=0)
        clause = max(line.rfind(";", 0, at), line.rfind(".", 0, at), line.rfind(",", 0, at)) + 1
        if right and not _denies(line, line) and not DENIAL_RE.search(line, clause, at):
            return ", ".join(right)  # (not "I don't think B is right": the clause naming it denies it)
    truth = _truth_stated(line)  # ("Options A and C are correct, while B and D are false": the options, first)
    if truth:
        return truth
    line = without_words_defining(line)  # "F = qE, where q is the charge": the value, not "the charge"
    reason = _REASON_CLAUSE.search(line)
    if reason and (states_value(line[:reason.start()]) or _ONE_OPTION.fullmatch(line[:reason.start()].strip())) \
            and not _STILL_OFFERED.search(reason.group()):
        line = line[:reason.start()]  # "The speed is 10 m/s because v = at.": the value, not its reason
    head, which, remark = line.partition(", which ")
    if which and LOOKS_LIKE_ANSWER.search(head):
        clause, end, rest = (_CLAUSE_END.split(remark, maxsplit=1) + ["", ""])[:3]
        if compares(_VERB_RE.sub("", clause, count=1)):  # "500 m, which is less than 1 km": a comparison
            line = head + end + rest  # remarked on, no second value (what follows its clause stays: "; or 30 N")
    # "So the speed is 5 m/s" -> "5 m/s": keep what follows the last "is" (not inside "\text{(B) is correct}"),
    # unless only words follow it ("A minimum force of 20 N is required.")
    parts = _VERB_RE.split(line)
    after = parts[-1]
    if len(parts) > 1 and ((not LOOKS_LIKE_ANSWER.search(after) and LOOKS_LIKE_ANSWER.search(parts[-2]))
                           or _calls_right(parts)):
        after = parts[-2]  # "Option (C) is correct.", "C is the right one." (not "The statement is true.")
        if DENIAL_RE.search(after):
            return line  # "I don't think B is right": as said, no option chosen
    if len(parts) > 1 and (_GUESSED.search(line, 0, len(line) - len(after))
                           or _MODAL_BE.search(line, 0, len(line) - len(after))):
        return f"maybe {after.strip()}"  # "Maybe it's 6 m/s", "I guess the speed is 6 m/s": a guess, no answer committed to
    if after.count("{") != after.count("}") or (len(parts) > 1 and _denies(line, after)):
        return line  # "The speed can't be 2 m/s", "The claim that it is 2 m/s is false": as said, no value
    lead_in = _WORDS_THEN_MATH.fullmatch(after.strip())
    if lead_in and (lead_in.group(2) is None or _is_unit(lead_in.group(2))) \
            and not _qualifies(after):  # "We find that $x < 3$." (not "... slides at most $2.4$ m.")
        return _clean(f"{lead_in.group(1)} {lead_in.group(2)}" if lead_in.group(2) else lead_in.group(1))
    words = _WORDS_THEN_NUMBER.match(after.strip())
    if words and not qualifier(words.group(1)):  # "Thus the block moves at 5 m/s to the right."
        return _clean(after.strip()[words.end(1):])
    inside = _WORDS_AROUND_MATH.fullmatch(after.strip())
    if inside and not _qualifies(after):  # "The block slides $2.4$ m before stopping."
        return _clean(after.strip()[inside.end(1):].replace("$", " "))
    if not LOOKS_LIKE_ANSWER.search(after) and "$" in line:  # "$x > 5$ is the solution."
        spans = _INLINE_MATH.findall(line)
        if spans:
            return _clean(spans[-1])
    return _clean(after) or line


def _sentences(line: str) -> list[tuple[str, str]]:
    """Each sentence of ``line`` without its closing mark, and the mark: "?" ends a question, which states
    no answer (an echoed "Is the speed 5 m/s?").

    >>> _sentences("Is it 5? I cannot tell")
    [('Is it 5', '?'), ('I cannot tell', '')]
    """
    found, at = [], 0
    for end in _SENTENCE_END.finditer(line):
        found.append((line[at:end.start()], line[end.start()]))
        at = end.end()
    last = line[at:]
    found.append((last[:-1], "?") if last.endswith("?") else (last, ""))
    return found


def _closing_display(text: str) -> str:
    """The contents of a ``\\[ ... \\]`` block that ends the text over several lines, or ""."""
    if not text[-64:].rstrip(" \t\n.").endswith("\\]"):  # the common case, without copying the text
        return ""
    text = text.rstrip(" \t\n.")
    start = text.rfind("\\[", max(0, len(text) - MAX_ANSWER_CHARS))
    inside = text[start + 2:-2] if start >= 0 else ""
    return _over_lines(inside)


def _closing_environment(text: str) -> str:
    """A ``\\begin{aligned} ... \\end{aligned}`` (or array, cases...) that ends the text over several lines,
    on one line, or ""."""
    end = _ENVIRONMENT_END.search(text[-64:].rstrip(" \t\n.$"))
    if not end:
        return ""
    text = text.rstrip(" \t\n.$")
    start = text.rfind("\\begin{" + end.group(1) + "}", max(0, len(text) - MAX_ANSWER_CHARS))
    inside = text[start:] if start >= 0 else ""
    return _over_lines(inside)


def _over_lines(inside: str) -> str:
    """A closing block's contents on one line when it spans several (a one-line block is read as a line)."""
    return _clean(" ".join(inside.split())) if "\n" in inside else ""


def _clean(candidate: str) -> str:
    if "**" in candidate:  # "**3600 m** (3.6 km)": Markdown's bold, never a power ("2**3")
        candidate = _BOLD.sub(r"\1", candidate)
    if candidate[:2] == "__" and candidate[-2:] == "__" and len(candidate) > 4:  # "__12 N__": bold too
        candidate = candidate[2:-2]
    if candidate and candidate[0] not in _NOT_CLEAN_START and candidate[-1] not in _NOT_CLEAN_END \
            and not candidate[0].isspace() and not candidate[-1].isspace() and '\\"' not in candidate:
        return candidate  # nothing below would change it (the common case: a bare answer)
    if '\\"' in candidate:  # quotes escaped in a JSON string: \"12\"
        candidate = candidate.replace('\\"', '"')
    candidate = _strip_end(candidate.strip().lstrip(_LEADING_JUNK))
    for opening, closing in ((r"\[", r"\]"), (r"\(", r"\)")):
        if candidate.startswith(opening) and candidate.endswith(closing):
            candidate = candidate[len(opening):-len(closing)].strip()
    return _strip_end(candidate)


def _strip_end(text: str) -> str:
    """``text`` without trailing punctuation, but a factorial keeps its ``!`` (``3!``, ``(2n)!``)."""
    text = text.rstrip(_TRAILING_JUNK_BUT_BANG).strip()
    if text.endswith("\\"):  # "\sqrt{2gh}\," with its comma gone: a spacing command, no part of the answer
        text = text[:-1].rstrip(_TRAILING_JUNK_BUT_BANG).strip()
    while text.endswith("}") and text.count("}") > text.count("{"):  # "(a)}" of "\\text{... is (a)}"
        text = text[:-1].rstrip(_TRAILING_JUNK_BUT_BANG)
    core = text.rstrip("!")
    lone_letter = core[-1:].isalpha() and not core[-2:-1].isalpha() \
        and not _UNIT_LETTER_END.search(core[-4:])  # "n!", "(n+1) n!" (not "Done!", nor "12 N!", a unit)
    if core != text and core[-1:] and (core[-1] in "0123456789)}" or lone_letter):
        return text
    return text.rstrip(_TRAILING_JUNK).strip()
