"""Answers as people write them (issue 10, the kinds Math-Verify's own test pairs show): chains of
equalities, approximations, conditions, number formats, escapes, sentences. Tables are
(reference, response, expected_status) with a comment per case."""

import pytest

from verifiers import verify

CHAINS = [
    ("x = 11", "x = 5+5+1 = 7 = 11", "correct"),  # working that starts with a name ends in the value
    ("x = 7", "x = 5+5+1 = 7 = 11", "wrong_value"),  # and an intermediate side is not the answer
    ("x = 1/3", r"x = 5+5+1 = 1/3 \approx 11", "correct"),  # after \approx comes a rounding: the exact side counts
    ("1/3", r"x=1/3\approx1.3", "correct"),  # even when the rounding is wrong
    ("1.3", r"x=1/3\approx1.3", "wrong_value"),  # and the rounding alone is not the answer
    ("4.43 m/s", r"v = \sqrt{2 g h} \approx 4.43 m/s", "correct"),  # unless only the approximation is a number
    ("4.43 m/s", r"v = \sqrt{2 \cdot 9.8 \cdot 1} \approx 4.43 m/s", "correct"),  # or only it has the unit
    (r"\sqrt{2gh}", r"v = \sqrt{2gh} \approx 4.4 m/s", "correct"),  # a symbolic gold takes the exact side
    ("0.333", r"1/3 ≈ 0.33", "correct"),  # the Unicode sign is \approx too
    ("7", r"\boxed{12 = 7}", "wrong_value"),  # a chain of numbers alone claims they are equal: false here
    ("11", r"5 + 6 = 11", "correct"),  # and true here
    ("5", r"5 \approx 50", "wrong_value"),  # a chain with no name: a rounding must write the value's digits
    ("5", r"5 \approx 6", "wrong_value"),
    ("0.333", r"1/3 \approx 0.4", "wrong_value"),  # ... more than half a unit of its last digit off
    ("0.667", r"2/3 \approx 0.666", "correct"),  # ... a truncated one within tolerance is still a rounding
    # after a name, values as written with no working claim the value each: they must agree
    ("5", "x = 6 = 5", "wrong_value"),
    ("5", "x = 1 = 2 = 3 = 4 = 5", "wrong_value"),
    ("5 m/s", r"v = 6 \text{ m/s} = 5 \text{ m/s}", "wrong_value"),
    ("5", r"x \approx 6 \approx 5", "wrong_value"),  # 5 is no rounding of 6
    ("5 m/s", "v = 5 m/s = 500 cm/s", "correct"),  # the same value in two units
    ("5", "x = 5 = 5.0", "correct"),
    ("9.9 m/s", r"v = 9.899 m/s \approx 9.9 m/s", "correct"),  # a rounding of the value before it
    ("2 s", r"t = 2.03 \approx 2 s", "correct"),
    ("17 m/s", r"v = 16.67 \text{ m/s} \approx 17 \text{ m/s}", "correct"),  # the gold is the rounded value
    ("20 m/s", r"v = 16.67 \text{ m/s} \approx 20 \text{ m/s}", "wrong_value"),  # no rounding to one figure
    ("2 m/s", r"v = 1.9 m/s \approx 2 m/s", "wrong_value"),
    ("20 J", r"W = 19.6 \approx 20 J", "correct"),
]

CONDITIONS = [
    ("7 = 11a+c", "11a+c", "wrong_type"),  # a condition among symbols is not answered by one of its sides
    ("a + 3z = 0", "0", "wrong_type"),  # a side with a number in it names no quantity
    ("a^2 + b = 0", "0", "wrong_type"),  # nor does a power
    ("a + 3z = 0", "3z + a = 0", "correct"),  # an equivalent equation answers it
    (r"S_D - S_A = k \ln 2", r"k \ln 2", "correct"),  # a difference of names is a quantity
    ("|AB|=1", "1", "correct"),  # so is the length of a segment
    (r"\frac{d\sigma}{d\Omega} = \frac{R^2}{4}", r"\frac{R^2}{4}", "correct"),  # so is a ratio of differentials
    ("(p,q)=(3,2)", "(3,2)", "correct"),  # a tuple of names on the left
    ("(3,2)", "(p,q) = (3,2)", "correct"),  # on the answer's side too
    ("(3,2)", "(p,q) = (2,3)", "wrong_value"),  # and the order still matters
]

IDENTICAL = [
    (r"\text{The midpoints form a regular hexagon}", r"\text{The midpoints form a regular hexagon}",
     "correct"),  # words that read as a product of symbols, written as the gold writes them
    ("$\\begin{pmatrix}-\\\x0crac{7}{4}&-2\\end{pmatrix}$", "$\\begin{pmatrix}-\\\x0crac{7}{4}&-2\\end{pmatrix}$",
     "correct"),  # a gold mangled by an escape (a form feed for \f): identical text is still right
    ("$x^2$", r"The answer is $x ^ 2$.", "correct"),  # the gold's answer with other spacing
    ("12 N", r"\boxed{12 N} or \boxed{15 N}", "hedged"),  # one identical part does not excuse a hedge
]

ESCAPES = [
    (r"$\\left(\\frac{1}{5},\\frac{1}{6}\\right)$", r"\boxed{\left( \frac{1}{5}, \frac{1}{6} \right)}",
     "correct"),  # a gold escaped twice (every backslash doubled) is read once
    (r"\left( \frac{1}{5}, \frac{1}{6} \right)", r"\\boxed{\\left( \\frac{1}{5}, \\frac{1}{6} \\right)}",
     "correct"),  # and so is an answer
    (r"\begin{pmatrix}1 & 2 \\ 3 & 4\end{pmatrix}", r"\begin{pmatrix}1 & 2 \\ 3 & 5\end{pmatrix}",
     "wrong_value"),  # a row break "\\" beside single backslashes stays a row break
    # a gold written in Python without r"": the escape a backslash and letter became is the command again
    ("3 \times 10^8 m/s", r"3 \times 10^8 m/s", "correct"),  # a tab and "imes"
    ("3\frac{1}{3}", "10/3", "correct"),  # a form feed and "rac" (SciBench's quan.json has this gold)
    ("\beta", r"\beta", "correct"),  # a backspace and "eta"
    ("\rho", r"\rho", "correct"),
    ("5\tabc", "5", "wrong_value"),  # a tab before letters no command spells stays white space: 5abc
]

SENTENCES = [
    ("120", "Final Answer: The volume of $ABCDEFGH$ is 120. I hope it is correct.", "correct"),  # from the verb on
    ("34", "Final Answer: The largest $n$ is 34.", "correct"),  # a symbol in the subject is not the answer
    ("19", "Final Answer: The maximum number of points in the domain is 19.", "correct"),  # a bound word in the subject
    ("19", "Final Answer: The answer is at most 19.", "hedged"),  # but after the verb it qualifies the value
    ("12000023", "Final Answer: The final answer is 12,000,023. I hope it is correct.",
     "correct"),  # a full stop right after a number ends the sentence
    ("12 N", "Answer: 12 N is the tension", "correct"),  # a verb with no value after it keeps the line
    ("12 N", 'The final answer is "12 N".', "correct"),  # quotes around the answer
    ("5 m/s", "So, $v \\approx 5.0$ m/s. This is the final speed of the block.", "correct"),  # "So," is filler
    ("5 m/s", "Thus the block moves at 5 m/s to the right.", "correct"),  # words lead into a number
    ("5 m/s", "so it moves more than 5 m/s.", "hedged"),  # unless a bound word is among them
    ("2.4e8 m/s", "v = 0.8c", "correct"),  # c after a number, for a gold with a unit, is the speed of light
    (r"\boxed{12\text{ and }13}",
     r"so \boxed{12 $ and $13 }. $ Final Answer: The final answer is \"$12 $ and $13 $\".", "correct"),  # a final line in escaped quotes repeating the box is no second answer
    (r"\left( \frac{1}{5}, \frac{1}{6} \right)", r"Thus $(p,q) = \boxed{\left( \frac{1}{5}, \frac{1}{6} \right)}$."
     "\nFinal Answer: The final answer is $\\left( \\frac{1}{5}, \\frac{1}{6} \\right)$.",
     "correct"),  # a final line repeating the box is one answer, not a second part
    # a sentence inside the box naming the quantity, in words and symbols, up to its verb: the value after it
    ("2 m/s", r"\boxed{\text{The speed of the car is } 2\,\text{m/s}}", "correct"),
    ("3 m/s", r"\boxed{\text{The speed of the car is } 2\,\text{m/s}}", "wrong_value"),
    (r"R_c = 2\sqrt{Km}", r"\text{$R$ should equal } 2\sqrt{mK}", "correct"),  # math inside the text too
    (r"2\sqrt{mK}", r"\boxed{\text{The critical resistance $R_c$ must be } 2\sqrt{mK}}", "correct"),
    (r"2\sqrt{mK}", r"\boxed{\text{The critical resistance $R_c$ must be } \sqrt{mK}}", "wrong_value"),
    ("5 J", r"\text{The change } \Delta E \text{ is } 5 J, which is small", "correct"),
    ("2 m/s", r"\boxed{\text{The speed is approximately } 2\,\text{m/s}}", "correct"),  # a filler after the verb
    ("2 m/s", r"\boxed{\text{The speed is not } 2\,\text{m/s}}", "hedged"),  # a denial or bound stays a hedge
    ("2 m/s", r"\boxed{\text{The speed is at least } 2\,\text{m/s}}", "hedged"),
]

NUMBERS = [
    ("500", r"\boxed{five hundred}", "correct"),  # a number in words
    ("21", "twenty-one", "correct"),
    ("0.5", r"\text{one half}", "correct"),
    ("2/3", "two thirds", "correct"),
    ("1.5", "one and a half", "correct"),  # "and" inside a number joins no list
    ("3 m", "three meters", "correct"),  # and a unit word after it
    ("5", "five bananas", "wrong_value"),  # but not other words
    ("500", "five hundred and fifty", "wrong_value"),
    ("10", "five five", "wrong_value"),  # words no number is written as are no number (not their sum)
    ("6", "one two three", "wrong_value"),
    ("2000", "one thousand thousand", "wrong_value"),
    ("3", "one and two", "wrong_type"),  # two values
    ("-5", "minus five", "correct"),
    ("100", "a hundred", "correct"),
    ("10 m/s", "ten meters per second", "correct"),
    ("1/7", "one seventh", "correct"),
    ("1200", "twelve hundred", "correct"),
    ("0.5", "half", "correct"),
    (r"3\frac{1}{3}", "3.333", "correct"),  # a whole number and a proper fraction: a mixed number
    (r"3\frac{1}{3}", "1", "wrong_value"),  # not their product
    (r"3\frac{5}{2}", "7.5", "correct"),  # an improper fraction beside a number is a product
    (r"1 - \frac{1}{e}", "0.632", "correct"),  # e added to a number is Euler's number, not a charge
    (r"(1 - 1/e) Q_0", "0.632 Q_0", "correct"),  # beside other symbols too
    (r"2\dfrac{1}{2}", "2.5", "correct"),  # a mixed number as models write it
    (r"2\,\frac12", "2.5", "correct"),
    (r"3.5 m v^2", r"3 \frac{1}{2} m v^2", "correct"),  # symbols after it too (a product is written 3/2)
    (r"3.333 eV", r"3\frac{1}{3}\,\mathrm{eV}", "correct"),
    ("10/3 m", r"3\frac{1}{3} m", "correct"),
    ("x^{3/2}", r"x^{1\frac{1}{2}}", "wrong_value"),  # in an exponent no mixed number is read
    (r"-\frac{e}{3}", "-0.906", "wrong_value"),  # a multiple of e alone may be a charge
    ("1000", "1 000", "correct"),  # thousands set apart by a space
    ("10000 m", "10 000 m", "correct"),  # with a unit
    ("1000000.5", "1 000 000.5", "correct"),  # several groups and decimals
    ("12 N", "12 000 mN", "correct"),  # and then converted
    ("1000.99", "1000,99", "correct"),  # a decimal comma (four digits before it: no thousands)
    ("1,22", "1.22", "correct"),  # in the gold (two digits after it)
    ("0,111", "0.111", "correct"),  # a leading zero is no thousands group
    ("2.5 m", "2,5 m", "correct"),  # before a unit
    ("1234", "1,234", "correct"),  # digits grouped as thousands stay thousands
    ("1, 2", "1.2", "wrong_type"),  # a comma and a space make a list
    ("(1,2)", "(1.2)", "wrong_type"),  # and a bracket makes a tuple
    ("1000.99", "the number is 1,000.99€", "correct"),  # a currency sign is no unit
    ("12", "Therefore, there are 12 distinct arithmetic sequences that meet the three given conditions.",
     "correct"),  # a pure number counts the things the words after it name
    ("5 m", r"\boxed{5 bananas}", "wrong_value"),  # but a gold with a unit wants that unit
    ("3", "3 hours", "dimension_mismatch"),  # and a unit word stays a unit
    ("2", "2 pi", "wrong_value"),  # as pi stays a number
    ("14916", "so $N = 14 {, }916$.", "correct"),  # a braced comma with spaces sets thousands apart too
]

LISTS = [
    ("1, -2", r"\boxed{1} \quad \text{and} \quad \boxed{-2}", "correct"),  # one box per value of a list
    ("1, -2", r"\boxed{-2} \quad \text{and} \quad \boxed{1}", "wrong_value"),  # a bare list answers parts in order
    (r"\boxed{5.6 \times 10^{30}, 1.68 \times 10^{5}}", r"\boxed{1.68 \times 10^{5}, 5.6 \times 10^{30}}",
     "wrong_value"),  # as UGPhysics writes answers to (a) and (b): swapped is wrong
    (r"\boxed{a=4,\,-8,\,-10}", r"\boxed{-10,-8,4}", "correct"),  # values of one unknown: solutions, any order
    ("(2,1),(1,2),(-1,-20)", r"\boxed{(1, 2)}, \boxed{(-1, -20)}, \boxed{(2, 1)}", "correct"),  # tuples as solutions
    ("1, 1, 2", "1, 2, 2", "wrong_value"),  # a bare list is compared part by part
    ("(1, -2)", "(-2, 1)", "wrong_value"),  # one bracketed tuple is ordered
    ("3 m/s, 5 m/s", "5 m/s, 3 m/s", "wrong_value"),  # and values with units answer parts of a question in order
    ("[-2, 7]", r"$x \in [-2,7]$", "correct"),  # membership of an interval the gold writes as a pair
    ("[-2, 7]", r"$x \in (-2,7)$", "wrong_value"),  # whose ends are closed
    (r"\sqrt[3]{5}, -\sqrt[3]{5}", r"y = \pm \sqrt[3]{5}", "correct"),  # \pm gives both values of a list
    (r"\sqrt[3]{5}, -\sqrt[3]{5}", r"y = \pm \sqrt[3]{4}", "wrong_value"),  # and they must be the gold's
    (r"x_{1}=10^{\frac{1}{6}},\quadx_{2}=10^{-\frac{1}{6}}",
     r"\boxed{10^{1/6}} \quad \text{and} \quad \boxed{10^{-1/6}}", "correct"),  # a spacing command glued to the next name (\quadx_2) is a space
    (r"the answer is \boxed{004}. Checking again, \boxed{004}", "004", "correct"),  # a gold boxing one answer twice
    (r"\boxed{3}, \boxed{3}", "3", "wrong_type"),  # but two equal boxes with no words between are two parts
    ("$1$ and $2$ and $3$", r"\boxed{1,2,3}", "correct"),  # "and" in a gold joins a list
    ("$(11,7)or(7,11)$", r"\boxed{(7,11),\ (11,7)}", "correct"),  # and so does "or": a gold never hedges
    ("$21,16$ or $11$", "$21,16,11$", "correct"),  # a comma list and a word together, no decimal comma
    (r"\boxed{p = -1 \text{ and } p = \dfrac{15}{8}}", r"$p=-1,p=\frac{15}{8}$",
     "correct"),  # one unknown with two solutions, in the gold and the answer
    ("(3,17,3,7),(3,3,2,3)", r"\boxed{(3, 3, 2, 3), (3,17,3,7), (3, 17, 3, 7)}",
     "correct"),  # a solution listed twice is one solution
    ("(1, 2), (3, 4)", r"\boxed{(1, 2), (1, 2)}", "wrong_value"),  # so twice does not make two
    ("x = 100, 101", "x = 101, 99.5", "correct"),  # 101 pairs with 101 before the 1% tolerance gives it to 100
]

DISPLAYS_AND_PROSE = [
    ("9", "Answer \\[ \n 9 \n \\]", "correct"),  # a display block over several lines ends the completion
    ("5 m/s", "So we get\n\\[\nv = 5 m/s\n\\].", "correct"),  # with a full stop after it
    ("Working: 10% then 20%, so 72% is left.\nFinal Answer: The final answer is $28 \\%$. I hope it is correct.",
     r"\boxed{28\%}", "correct"),  # a gold written as a solution: the answer it states
    (r"\frac{", "12", "unparseable_reference"),  # a broken gold stays unreadable
]

RATIOS = [
    ("S_{MBCN}:S=7:32", r"\boxed{7:32}", "correct"),  # a ratio answers a gold ratio of named quantities
    ("V_{1}:V_{2}=11:21", "11:21", "correct"),  # subscripted names
    ("A:B=1", "1", "correct"),  # a ratio is a number
    ("7:32", "0.21875", "correct"),  # so its value answers it
    ("7:32", "32:7", "wrong_value"),  # and the order of its terms matters
    ("1:2:3", "2:4:6", "wrong_value"),  # three terms are no one number: compared as written
    ("12 N", "Tension: 12 N", "correct"),  # a label in words before a colon is not a ratio
]

# other benchmarks' golds as they write them, answered as models write (helper-49's table)
OTHER_BENCHMARKS = [
    (r"9 $10^7 \mathrm{yr}$", r"\boxed{90\ \text{Myr}}", "correct"),  # megayears, not molar years
    (r"4.5 $10^9 \mathrm{yr}$", "about $4.5$ Gyr", "correct"),  # gigayears, not gauss years
    (r"9 $10^7 \mathrm{yr}$", r"\( 90\ \text{million years} \)", "correct"),  # digits and a scale word
    (r"9 $10^7 \mathrm{yr}$", "80 million years", "wrong_value"),
    (r"4.4, 13.3 dB", r"\boxed{4.4\ \text{dB},\ 13.3\ \text{dB}}", "correct"),  # the last item's unit is the list's
    ("4.4, 13.3 dB", "4.4 m, 13.3 dB", "dimension_mismatch"),
    (r"$T_{electron} = 999.5$, $T_{proton} = 433$ $MeV$", "T_{electron} = 999.5 MeV, T_{proton} = 433 MeV",
     "correct"),  # ... quantities named by one letter share it
    (r"n = 1.5, v = 2 \times 10^8 \mathrm{~m/s}", "n = 1.5 m/s, v = 2 \times 10^8 m/s",
     "dimension_mismatch"),  # ... an index and a speed do not
    (r"24.5 \mathrm{~N}", "Thus T = 24.5 N, which is about 2.5 times the weight of the 1 kg mass (9.8 N).",
     "correct"),  # a ratio remarked on is no value restated
    (r"4.8 $\mathrm{~m}$", "d = 4.8 m (assuming g = 9.8 m/s²)", "correct"),  # the data it was worked out from
    ("4.8 m", "5.2 m (assuming g = 9.8 m/s²)", "wrong_value"),
    ("4.8 m", "The block slides 5.2 m. Wait, that's not right — it slides 4.8 m.", "correct"),  # a self-correction
    ("4.8 m", "The block slides 4.8 m. Wait, that's not right — it slides 5.2 m.", "wrong_value"),
    ("24.5 N", "The tension is 24.5 N (≈ 25 N).", "correct"),  # a rounding in brackets, to its own figures
    ("24.5 N", "The tension is 24.5 N (≈ 26 N).", "hedged"),
    ("24.5 N", "The tension is 24.5 N (25 N).", "hedged"),  # ... not said to be one: another value
    (r"E_1 = \frac{\sqrt{3}}{8}Mc^2", r"\boxed{\frac{\sqrt{3}}{8} M c^{2} \approx 0.22 M c^2}", "correct"),  # exact side
    (r"E_1 = \frac{\sqrt{3}}{8}Mc^2", r"\boxed{\frac{\sqrt{3}}{8} M c^{2} \approx 0.5 M c^2}", "wrong_value"),
    (r"13.2 $\mathrm{~m} \cdot \mathrm{s}^{-1}$", "The speed is 13.2 m s-1", "correct"),  # SI's plain-text powers
    ("8.314 J/(mol K)", "8.314 J K-1 mol-1", "correct"),
    ("x - 1", "x-1", "correct"),  # ... a symbol minus one stays so
    (r"1.7 $10^8 \mathrm{~N}$", r"\boxed{1.7}", "correct"),  # SciBench's number and unit column run together
    (r"1.7 $10^8 \mathrm{~N}$", r"\boxed{1.8}", "wrong_value"),
    (r"1.7 \times 10^8 N", r"\boxed{1.7}", "wrong_value"),  # ... a written product is a value
    ("B", "So the answer is $\\boxed{B}$.\n\nActually, on reflection the answer could also be (C).", "hedged"),
    ("B", "So the answer is $\\boxed{B}$. Option (C) could be tempting, but it ignores friction.", "correct"),
]

# helper-50's attacks on those rules: each keeps to what it reads, no further
ATTACKS_ON_THEM = [
    ("24.5 N", "Thus T = 24.5 N, which is 30 N, about three times the weight.", "wrong_value"),  # a value restated
    ("12 N", "The tension is 12 N, about twice what one might expect.", "correct"),  # ... a ratio after a comma: none
    ("5 m/s, 6 s", "**Final Answer:**\n- Speed: 5 m/s\n- Time: 6 s", "correct"),  # named bullets below the marker
    ("5 m/s, 6 s", "**Final Answer:**\n- Speed: 5 m/s\n- Time: 7 s", "wrong_value"),
    ("(a) 5 m/s (b) 2 s", "**(a)** The speed is $5$ m/s.\n\n**(b)** It takes $2$ s.", "correct"),  # a part's sentence
    ("(a) 5 m/s (b) 2 s", "**(a)** The speed is $5$ m/s.\n\n**(b)** It takes $3$ s.", "wrong_value"),
    ("2.4 m", "The distance is $2.4$ m, not $3.0$ m.", "correct"),  # another value denied, in math too
    # helper-53's attacks on the rules above
    ("12 N", "To get the answer - first find a = 4 m/s^2.\nThe force is 12 N.", "correct"),  # no answer marker
    ("12 N", "The answer — as we will see — depends on friction. F = 12 N.", "correct"),
    ("12 N", "F = 12 N, where F = 15 N", "wrong_type"),  # the asked quantity given again is no datum
    ("2 \\cdot N!", "2N!", "correct"),  # a factorial of a symbol, written against its number
    ("12 N", "\\boxed{12}\nUnits: N (newtons)", "correct"),  # a unit and its name
    ("12 N", "F = 12 N.\n\nIf you cannot solve the problem this way, use energy conservation.", "correct"),  # advice
    ("12 N", "F = 12 N. I could not determine the answer to part (b).", "correct"),  # ... another part given up
    ("25 m/s north", "\\boxed{25 m/s east}", "wrong_value"),  # another direction than the gold's
    ("5 A clockwise", "5 A counterclockwise", "wrong_value"),
    ("increases by 5 J", "decreases by 5 J", "wrong_value"),  # ... or another sense of change
    ("increases by 5 J", "The energy increases by 5 J.", "correct"),
    ("12 N", "\\boxed{12 N}\n\nNote: it could also be 15 N.", "hedged"),  # another offered, after a note too
    ("12 N", "\\boxed{12 N}\n\nNote: we used g = 9.8 m/s^2.", "correct"),
    ("12 N", "\\boxed{12 N}\n\nOops, I made a mistake: F = 15 N.", "hedged"),
    ("12 N", "\\boxed{12 N}\n\nActually, I made a mistake. The force is 15 N.", "hedged"),
    ("12 N", "Answer: 15 N\nor\nAnswer: 12 N", "hedged"),
    ("12 N", "My answer: 15 N\nFinal answer: 12 N", "hedged"),
    ("12 N", "\\boxed{12 N}\n\nAnother possibility is 15 N.", "hedged"),
    ("12 N", "\\boxed{12 N}\n\nA more careful calculation gives 15 N.", "hedged"),
    ("12 N", "\\boxed{12 N}\nSo the tension is 15 N.", "hedged"),  # a final line contradicting the box
    ("12 N", "\\boxed{12 N}\nSo the mass of the block is 3 kg.", "correct"),  # ... another quantity: none
    ("12 N", "\\boxed{12 N}\n\nNow the second part: the normal force is 15 N.", "correct"),
    ("5 J lost", "5 J gained", "wrong_value"),  # a gold's sense in words
    ("25 m/s north", "25 m/s, due north", "correct"),
    # helper-54's final table
    ("5.0 m/s", "So the speed is \\(\\boxed{5.0}\\ \\text{km/s}\\).", "wrong_unit"),  # a unit after the box, in \( \)
    ("12 N", "\\[ \\boxed{12}\\ \\text{s} \\]", "dimension_mismatch"),
    ("12 N", "\\boxed{12 N} (approximately; it could be as high as 14 N)", "hedged"),
    ("12 N", "**Answer: 12 N** (approximately)", "correct"),  # the bold the marker opened ends the answer
    ("9", "The answer is 3**2", "correct"),  # ... a power is no bold
    ("12 N", "1.2 daN", "correct"),  # decanewtons
    # helper-55's last pass
    ("12 kN", "**Answer: 12** N", "wrong_unit"),  # the unit after the bold is the answer's
    ("12 N", "**Answer: 12 N** (at least)", "hedged"),  # ... and so is a bound
    ("The speed increases by 5 m/s", "Although the drag force is decreasing, Δv = \\boxed{5 m/s}", "correct"),  # the
    ("12 N", "T=\\boxed{12 N}\nThus the net force is 0 N.", "correct"),  # answer's own clause; a zero checks it
    ("5 km/s", "The speed is \\(\\boxed{5}\\) m/s.", "wrong_unit"),  # a unit after the math's delimiter
    ("12 N", "\\boxed{12 N}\nSo the tension is about 15 N.", "hedged"),  # a concluding line, roughly
    ("12 N", "\\boxed{12 N}\nSo it comes out to 15 N.", "hedged"),
    ("12 N", "\\boxed{12 N}\nSo the tension is about 12 N.", "correct"),
    ("12 N", "\\boxed{12 N}\n\nUsing g = 10 m/s^2 instead gives 15 N.", "hedged"),  # another value, conditionally
    ("25 m/s", "\\boxed{25 m/s} (If g = 10 m/s^2 is used instead, 25.5 m/s.)", "hedged"),
    ("12 N", "\\boxed{12 N}. Yet 15 N is also plausible.", "hedged"),
    ("12 N", "\\boxed{12 N}\n\nIf the block were heavier, the acceleration would be 2 m/s^2 instead.", "correct"),
    ("12 N", "\\boxed{12 N}, which is reasonable.", "correct"),  # a judgement, no value restated (it had hedged)
    ("mg", "\\boxed{mg}, which is the weight.", "correct"),
    ("24.5 N", "The tension is 24.5 N, which is about twice the weight or 30 N.", "hedged"),  # a hedge after it
    ("4.8 m", "So d = 4.8 m. Hmm, that's incorrect: 4.8 m ignores friction.", "hedged"),  # nothing corrected
    ("4.8 m", "No, that's wrong: the block slides 4.8 m.", "correct"),  # ... a corrected value
    ("4.8 m", "d = 4.8 m (with friction, 3.1 m)", "wrong_value"),  # a second value in the remark
    ("4.8 m", "d = 4.8 m (using g = 10 m/s^2: 4.7 m)", "wrong_value"),
    ("n = 1.5, v = 2 \\times 10^8 \\mathrm{~m/s}", "n = 1.5 m/s, v = 2 \\times 10^8 m/s", "dimension_mismatch"),
    ("0.25, 3 m", "25%, 3 m", "correct"),  # the bare reading of a list's number first
    ("B", "\\boxed{B}. Actually, (C) is wrong because it ignores friction.", "correct"),  # an option ruled out
    ("B", "\\boxed{B}. Should it be (C)? No.", "correct"),
    ("B", "\\boxed{B}. It might be option C.", "hedged"),
    ("2 m - 1", "2 m-1", "correct"),  # a number's letter minus one: no unit power
    ("5 N", r"\begin{aligned} F &= ma, \\ F &= 5 N. \end{aligned}", "correct"),  # a derivation's last line
    ("9.9 m/s", r"\begin{aligned} v^2 &= 2 g h, \\ v &= 9.9 m/s. \end{aligned}", "correct"),
    ("5 N", r"\begin{aligned} F &= 12 N, \\ F &= 5 N. \end{aligned}", "wrong_type"),  # ... not two values
    (r"E_1 = \frac{\sqrt{3}}{8}Mc^2", r"\boxed{E_1 = \frac{\sqrt{3}}{8} M c^{2} \approx 0.5 M c^2}", "wrong_value"),
    (r"E_1 = \frac{\sqrt{3}}{8}Mc^2", r"\boxed{\frac{\sqrt{3}}{8} M c^{2} \approx 0.5 \text{ J}}", "wrong_value"),  # unchecked
    (r"E_1 = \frac{\sqrt{3}}{8}Mc^2", r"\boxed{\frac{\sqrt{3}}{8} M c^{2} \approx 0}", "wrong_value"),  # ... read whole
    (r"\frac{v^2}{2 \mu g}", r"d = \frac{v^2}{2\mu g} (assuming no air resistance)", "correct"),  # a condition in words
    ("4.8 m", "The block slides 4.8 m. That's not correct.", "no_answer"),  # the answer taken back
    ("4.8 m", "\\boxed{4.8 m}. Wait, that's not right — it slides 5.2 m.", "hedged"),  # ... after a box too
    ("B", "The answer is (B). Wait, that's not right — (C) is correct.", "hedged"),
    ("24.5 N", "The tension is 24.5 N (approx. 25 N).", "correct"),
    ("B", "So the answer is $\\boxed{B}$. Perhaps (C).", "hedged"),  # another option offered
    ("B", "So the answer is $\\boxed{B}$. Or perhaps C.", "hedged"),
    ("B", "\\boxed{B}. Actually, option C is ruled out.", "correct"),
    ("5 T", "\\boxed{5 T}. Actually the field could be B.", "correct"),  # ... a letter after a number's box: no option
]

# helper-51's independent table: what it found paid or lost
INDEPENDENT_TABLE = [
    ("12 N", "\\boxed{12 N}\n\nHowever, the answer could also be 15 N.", "hedged"),  # offered in the next paragraph
    ("B", "\\boxed{B}\n\nI'm not sure; it could be any of A-D.", "hedged"),
    ("12 N", "\\boxed{12 N}\n\nNow the second part: the normal force is 15 N.", "correct"),  # ... another matter
    ("12 N", "We need to show that T = 12 N. I could not complete the derivation.", "no_answer"),  # given up
    ("12 N", "So T = 12 N. I cannot find any error in this.", "correct"),  # ... a check is no giving up
    ("12 N", "<think>Maybe \\boxed{12 N}. Let me keep checking the moment arm", "no_answer"),  # cut off thinking
    ("(a) 5 m/s (b) 10 m", "For part (a), the speed at the bottom is 5 m/s. For part (b), the block travels 10 m "
                           "along the floor.", "correct"),  # parts in sentences on one line
    ("(a) 5 m/s (b) 10 m", "(a) The speed is 5 m/s. (b) The distance is 12 m.", "wrong_value"),
    ("12 N", "Answer: 15 N\nAnswer: 12 N", "hedged"),  # two answer lines, one after the other
    ("12 N", "Answer: 15 N\nWait, let me recheck: F = ma = 3 * 4 = 12 N.\nAnswer: 12 N", "correct"),  # corrected
    ("12 N", "Possible answers: 6 N, 12 N, 24 N.\nFinal answer: 12 N", "correct"),  # ... candidates offered, one chosen
    (r"f_0\sqrt{\frac{c+v}{c-v}}", r"f_0\frac{\sqrt{c^2-v^2}}{c-v}", "correct"),  # equal where v < c: points drawn
    (r"f_0\sqrt{\frac{c+v}{c-v}}", r"f_0\sqrt{\frac{c-v}{c+v}}", "wrong_value"),  # again till two are physical
    (r"\frac{1}{f} = \frac{1}{d_o} + \frac{1}{d_i}", r"\frac{1}{d_o} + \frac{1}{d_i}", "correct"),  # a reciprocal's
    (r"\frac{1}{f} = \frac{1}{d_o} + \frac{1}{d_i}", r"\frac{1}{d_o} - \frac{1}{d_i}", "wrong_value"),  # equation
    (r"T^2 = \frac{4\pi^2 a^3}{GM}", r"\frac{4\pi^2 a^3}{GM}", "correct"),  # ... a power's: its right side answers
    # ... and so does the symbol itself, bare, as its principal root or reciprocal
    (r"T^2 = \frac{4\pi^2 a^3}{GM}", r"2\pi\sqrt{\frac{a^3}{GM}}", "correct"),
    (r"T^2 = \frac{4\pi^2 a^3}{GM}", r"-2\pi\sqrt{\frac{a^3}{GM}}", "wrong_value"),  # no negative period
    (r"T^2 = \frac{4\pi^2 a^3}{GM}", r"\pi\sqrt{\frac{a^3}{GM}}", "wrong_value"),
    (r"\frac{1}{f} = \frac{1}{d_o} + \frac{1}{d_i}", r"\frac{d_o d_i}{d_o + d_i}", "correct"),
    (r"\frac{1}{f} = \frac{1}{d_o} + \frac{1}{d_i}", r"d_o + d_i", "wrong_value"),
    # a gold whose letters read as units too ("2gh": 2 gram hours) is graded as a formula when they fail as units
    (r"v^2 = 2gh", r"v = \sqrt{2gh}", "correct"),
    (r"v^2 = 2gh", r"\sqrt{2gh}", "correct"),
    (r"v^2 = 2gh", r"v = \sqrt{3gh}", "wrong_value"),
    (r"v^2 = 2gh", r"v^2 = 3gh", "wrong_value"),
    (r"T^2 = 4 \mathrm{s^2}", r"T = 2 s", "correct"),
    # helper-56: an equation for the label's reciprocal power, solved on ("\frac{1}{v^2} = ..." as "v^{-2} = ...")
    (r"v = \frac{v_0}{\sqrt{1+\frac{k v_0^2 t}{m}}}", r"\frac{1}{v^2} = \frac{1}{v_0^2} + \frac{k t}{m}", "correct"),
    (r"v = \frac{v_0}{\sqrt{1+\frac{k v_0^2 t}{m}}}", r"\frac{1}{v^2} = \frac{1}{v_0^2} + \frac{2 k t}{m}", "wrong_value"),
    (r"T = 2\pi\sqrt{m/k}", r"\frac{1}{T^2} = \frac{k}{4\pi^2 m}", "correct"),
    (r"T = 2\pi\sqrt{m/k}", r"\frac{3}{T^2} = \frac{3k}{4\pi^2 m}", "correct"),
    (r"T = 2\pi\sqrt{m/k}", r"\frac{1}{T^2} = \frac{k}{2\pi^2 m}", "wrong_value"),
    # ... and a gold equation with no one quantity named, solved for one of its symbols
    (r"eV = \frac{1}{2}mv^2", r"v = \sqrt{\frac{2eV}{m}}", "correct"),
    (r"eV = \frac{1}{2}mv^2", r"v = \sqrt{\frac{eV}{m}}", "wrong_value"),
    (r"eV = \frac{1}{2}mv^2", r"x = \sqrt{\frac{2eV}{m}}", "wrong_value"),  # a symbol the gold has not
    (r"eV = \frac{1}{2}mv^2", r"v = v", "wrong_value"),  # no solution: the symbol on both sides
    (r"a + 3z = 0", r"z = a/3", "wrong_value"),
    # a gold's definition rearranged into another equation that holds for its value alone
    (r"T = 2\pi\sqrt{L/g}", r"g T^2 = 4\pi^2 L", "correct"),  # (read as g(T^2) before)
    (r"T = 2\pi\sqrt{L/g}", r"\boxed{T^2 g = 4\pi^2 L}", "correct"),
    (r"T = 2\pi\sqrt{L/g}", r"g T^2 = 2\pi^2 L", "wrong_value"),
    (r"T = 2\pi\sqrt{L/g}", r"L T^2 = 4\pi^2 g", "wrong_value"),
    (r"v = \sqrt{2 g h}", r"\frac{1}{2} m v^2 = m g h", "correct"),  # energy conservation, as stated
    (r"v = \sqrt{2 g h}", r"\frac{v^2}{2g} = h", "wrong_value"),  # ... not one solved for another quantity, h
    (r"v = \frac{d}{t}", r"t = \frac{d}{v}", "wrong_value"),
    (r"v = \sqrt{2 g h}", r"\frac{v^2}{g} = h", "wrong_value"),
    (r"v = \sqrt{2 g h}", r"0 v = 0", "wrong_value"),  # holds for any v: no answer
    (r"v = \sqrt{2 g h}", r"(v - \sqrt{2gh})(v - 3) = 0", "wrong_value"),  # two values offered
    (r"F = \frac{G M m}{r^2}", r"F r^2 = G M m", "correct"),
    (r"x = v t", r"x(t) = v t^2", "wrong_value"),  # a function of t, not x times t
    # an answer that defines a quantity in terms of itself
    (r"v = \sqrt{2 g h}", r"h = \sqrt{2gh}", "wrong_value"),
    (r"\sqrt{2 g h}", r"h = \sqrt{2gh}", "wrong_value"),
    (r"x = 2\cos x", r"x = 2\cos x", "correct"),  # ... unless the gold does: an equation to solve
    # helper-65: a rearrangement holds for the gold's value alone, and gives no other quantity
    (r"v = \frac{d}{t}", r"t^2 = \frac{d^2}{v^2}", "wrong_value"),  # a power of another symbol given
    (r"T = 2\pi\sqrt{L/g}", r"\frac{1}{g} = \frac{T^2}{4\pi^2 L}", "wrong_value"),  # ... or its reciprocal
    (r"T = 2\pi\sqrt{L/g}", r"\sqrt{L} = \frac{T\sqrt{g}}{2\pi}", "wrong_value"),  # ... or its root
    (r"T = 2\pi\sqrt{L/g}", r"(T - 4\pi\sqrt{L/g})^2 = \frac{4\pi^2 L}{g}", "wrong_value"),  # two roots
    (r"T = 2\pi\sqrt{L/g}", r"\cos(T\sqrt{g/L}) = 1", "wrong_value"),  # every multiple
    (r"T = 2\pi\sqrt{L/g}", r"g T^2 - 4\pi^2 L = 0", "correct"),  # a side zero: its terms moved across
    (r"T = 2\pi\sqrt{L/g}", r"\frac{T^2}{L} = \frac{4\pi^2}{g}", "correct"),
    (r"T = 2\pi\sqrt{L/g}", r"T\sqrt{g} = 2\pi\sqrt{L}", "correct"),
    (r"T = 2\pi\sqrt{L/g}", r"\ln T = \ln(2\pi) + \frac{1}{2}\ln\frac{L}{g}", "correct"),  # one-to-one
    (r"v = \sqrt{\frac{2 q V}{m}}", r"q V = \frac12 m v^2", "correct"),
    (r"E = \hbar\omega", r"E/\omega = \hbar", "correct"),  # a constant is no other quantity
]

# helper-52: what a small model writes during RL
SMALL_MODEL_OUTPUTS = [
    ("12 N", "\\boxed{12 N}\nFinal answer: 12 J", "hedged"),  # the same number in another unit: another answer
    ("12 N", "\\boxed{12}\nFinal answer: 12 J", "hedged"),
    ("12 N", "\\boxed{12}\nFinal answer: 12 N", "correct"),
    ("12000 N", "Answer: 12\nUnits: kN", "correct"),  # a unit given on the line below
    ("12 N", "Answer: 12\nUnits: J", "dimension_mismatch"),
    ("12 N", "Final answer: 12 (in newtons)", "correct"),  # a unit said in words after it, not inches
    ("12000 N", "Answer: 12, in kilonewtons", "correct"),
    ("12 N", "12 (in the positive x direction)", "correct"),  # ... words that are no unit stay a remark
    ("12 N", "The answer is 12 N, where m = 3 kg.", "correct"),  # the question's data after the value
    ("12 N", "F = 12 N, with m = 3 kg and a = 4 m/s^2", "correct"),
    ("12 N", "- Step 2: F = ma\n- **Result: 12 N**", "correct"),
    (r"\frac{1}{2} m v^2", r"\boxed{KE = \frac{1}{2}mv^2}", "correct"),  # a quantity named by its initials
    (r"\frac{1}{2} m v^2", r"\boxed{KE = m v^2}", "wrong_value"),
    ("300 K", "300 degrees Kelvin", "correct"),  # an old name of the kelvin, no angle
    ("300 K", "300 deg K", "correct"),
    ("12 N", "12 NEWTONS", "correct"),  # a unit in capitals
    ("12 N", "\\boxed{12 N}\nWait, actually I made a mistake. The force is 15 N.", "hedged"),  # the box taken back
    ("12 N", "__12 N__", "correct"),  # bold in underscores
    ("12 N", "Answer: 12 (units: N)", "correct"),
    ("12 N", "Answer: 12 N!", "correct"),  # an exclamation after a unit, no factorial
    ("6", "3!", "correct"),  # ... a number's factorial stays one
    ("12 N", "Final answer - 12 N", "correct"),  # a dash after the marker, no minus sign
    ("12 N", "\\boxed{12}\n\nUnits: J", "dimension_mismatch"),  # a box's unit on the line after it
    ("12000 N", "\\boxed{12}\nUnits: kN", "correct"),
    # ... and after a bare reply's number (helper 85: "12000\nUnits: kN" was paid as 12000 N)
    ("12000 N", "12\nUnits: kN", "correct"),
    ("12000 N", "12000\nUnits: kN", "wrong_unit"),
    ("12000 N", "F = 12\nUnits: kN", "correct"),
    ("12000 N", "The force is 12.\nUnits: kN", "correct"),
    ("12000 N", "12\nUnits: kg", "dimension_mismatch"),
]

# golds written out as users' datasets hold them (helper-48): worked solutions, words about the value
GOLDS_WRITTEN_OUT = [
    ("Using v = d/t we get 500 m.\n\nSo it is 500 m", r"\boxed{500 m}", "correct"),  # the value it states
    ("Using v = d/t we get 500 m.\n\nSo it is 500 m", r"\boxed{50 m}", "wrong_value"),
    ("v = d/t = 100/4 = 25. Final answer: 25 m/s", r"\boxed{25 m/s}", "correct"),  # its answer line
    ("Solution: F = ma = 3*4 = 12 N. Answer: 12 N", r"\boxed{12 N}", "correct"),
    ("Solution: F = ma = 3*4 = 12 N. Answer: 12 N", r"\boxed{3 N}", "wrong_value"),
    ("approximately 500 m", r"\boxed{500 m}", "correct"),  # a word of approximation is no symbol
    ("about 3 s", r"\boxed{3.5 s}", "wrong_value"),
    ("25 m/s north", r"\boxed{25 m/s}", "correct"),  # a direction in words: the value's
    ("25 m/s north", r"\boxed{25 m/s north}", "correct"),
    ("25 m/s north", r"\boxed{25 m/s south}", "wrong_value"),  # ... which the answer may not oppose
    ("25 m/s to the left", "25 m/s to the right", "wrong_value"),
    ("12 N upwards", "12 N downward", "wrong_value"),
    # a phrase stating a sense of change or a direction (helper-58): the same sense of the same thing answers it
    ("The force increases", "it increases", "correct"),
    ("The force increases", "it decreases", "wrong_value"),
    ("The ball moves to the left", "it moves to the right", "wrong_value"),
    ("The force increases", "The tension increases", "unparseable_reference"),  # ... of another thing: unjudged
    ("Internal energy increases adiabatically", "internal energy increases", "unparseable_reference"),  # ... part of it
    ("The force increases", "it stays the same", "unparseable_reference"),  # a paraphrase no rule reads: unjudged
]

# helper-57: golds of benchmarks the judge was not built on (GPQA, TheoremQA, MMLU-Pro), as they write them
UNSEEN_BENCHMARKS = [
    ("0.01 (10^-2).", "0.01", "correct"),  # the value restated in brackets, no product
    ("0.01 (10^-2).", "0.0001", "wrong_value"),
    ("5 m/s (18 km/h)", "18 km/h", "correct"),
    ("5 m/s (18 km/h)", "6 m/s", "wrong_value"),
    ("2 (x + 1)", "2x + 2", "correct"),  # ... a factor in brackets stays one
    ("[2.0, 1.32]", "(2, 1.32)", "correct"),  # a list: its ends decrease, so no interval
    ("[-2, 7]", "(-2, 7)", "wrong_value"),  # ... an interval: closed, not open
    (r"3.59 $k\Omega$", r"3590\ \Omega", "correct"),  # a prefix before \Omega in math
    ("1.48 ft-lb", "2.007 J", "correct"),  # hyphened units after a number: the foot-pound of work
    ("0.746 kW-hr", r"2.686 \times 10^{6} J", "correct"),
    ("1.7 × 10^-6 ohm-cm", r"1.7 \times 10^{-8}\ \Omega\,\mathrm{m}", "correct"),
    ("5 N-m", "5 J", "correct"),
    ("T - mg", "T-mg", "correct"),  # ... not between symbols
    ("3 foot-candles", "32.29 lx", "correct"),
    ("λ2 ‹ λ1", r"\lambda_2 < \lambda_1", "correct"),  # a Greek letter's digits its subscript; ‹ a sign
    ("3 × 10^14 photons", "3e14", "correct"),  # a count of things named in words
    ("3 × 10^14 photons", "3e15", "wrong_value"),
    ("0.1 second of arc", "0.1 arcsec", "correct"),
    ("0.01 (10^-2).", "0.1 (10^-1).", "wrong_value"),  # the answer's restatement read as the gold's (no product)
    ("6", "2 (3)", "correct"),  # ... where the two disagree, a product still
    ("5 lbs. of force", "22.24 N", "correct"),
    ("1600 lb", "7117 N", "correct"),  # a pound read as a pound-force where the pound of mass gives another
    ("1.48 ft-lb", "1.48 lb ft", "correct"),  # dimension
    ("10 kg", "22.05 lb", "correct"),  # ... a mass stays one
    ("5 lb", "5 N", "dimension_mismatch"),
    # helper-59: a gold's label a product of symbols: the answer's own label is held to it, by solving
    (r"m a = m g \sin\theta", r"a = m g\sin\theta", "wrong_value"),  # (its right side alone had been paid)
    (r"m a = m g \sin\theta", r"a = g\sin\theta", "correct"),
    (r"P V = n R T", r"P = nRT", "wrong_value"),
    (r"P V = n R T", r"T = PV/(nR)", "correct"),
    (r"P V = n R T", r"nRT", "correct"),  # ... its right side, bare
    (r"\mathbf{B}(t) = \mu_0 n i_0 \sin(\omega t)", r"B = \mu_0 n i_0 \sin \omega t", "correct"),  # a function's name
    (r"v^2 = 2gh", r"v = 2gh", "wrong_value"),  # a power's value in letters is a formula, no 2 gram hours
    (r"v^2 = 2gh", r"7.2 kg s", "wrong_value"),
    (r"eV = \frac{1}{2}mv^2", r"v = -\sqrt{\frac{2eV}{m}}", "wrong_value"),  # the principal root, as for a label
    # ... golds restated in brackets to their rounding; units and words
    ("0.333 (1/3)", r"\boxed{0.111}", "wrong_value"),
    ("0.5 (50\\%)", "0.5", "correct"),
    ("100 km/h (27.8 m/s)", "27.8 m/s", "correct"),
    ("2T - W", "2T-W", "correct"),  # a hyphen right after a number's letters is a minus sign
    ("1.13 N m", "10 in-lb", "correct"),
    ("2 decades", "20 years", "correct"),  # (pint's decade is a ratio)
    ("6 months", "0.5 years", "correct"),
    ("‹x^2› = \\frac{\\hbar}{2m\\omega}", r"\langle x^2\rangle = \frac{\hbar}{2m\omega}", "correct"),
    ("Planet_1 is preferred due to its ~1.65 times higher probability to transit.",
     r"\boxed{Planet_1 is preferred due to its ~1.65 times higher probability to transit.}", "correct"),  # boxed
]


@pytest.mark.parametrize("reference, response, expected",
                         CHAINS + CONDITIONS + IDENTICAL + ESCAPES + SENTENCES + NUMBERS + LISTS + DISPLAYS_AND_PROSE
                         + RATIOS + OTHER_BENCHMARKS + ATTACKS_ON_THEM + INDEPENDENT_TABLE + SMALL_MODEL_OUTPUTS + GOLDS_WRITTEN_OUT
                         + UNSEEN_BENCHMARKS)
def test_written_form(reference, response, expected):
    assert verify(response, reference).status.value == expected


def test_an_answer_written_as_the_gold_is_still_read():
    """Identity is a fallback: an answer that reads right keeps its parsed value and unit (the unit reward
    uses them), and only an answer that reads wrong is rescued by being the gold's own text."""
    verdict = verify(r"\boxed{4 m/s^2}", "4 m/s^2")
    assert verdict.correct and verdict.response_unit is not None and verdict.detail != "written as the reference is"
    assert verify(r"\text{The midpoints form a hexagon}", r"\text{The midpoints form a hexagon}").correct
