"""The crisis, emergency and dosing patterns, and the words people in distress misspell.

Each pattern is compiled the first time a message may hold it (see Patterns). The patterns err towards catching: a false alarm costs a person a phone number they did not need; a
miss can cost far more. The few exemptions are for what is plainly not about the writer now:
research questions, nicknames of conditions ("suicide headache"), and events in the past that are over.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache


class Patterns:
    """Alternative patterns, each compiled the first time a message may hold it.

    Compiling every pattern takes longer than the rest of a one-shot `ask`, yet an ordinary question
    holds the words of only a few. So each pattern is tried only when the message contains one of the
    words written out in it (`literal_words`); a pattern with none is always tried. A test checks, on
    every message of the safety corpora, that no pattern matches a message its words would skip.
    """

    __slots__ = ("sources",)

    def __init__(self, *sources: str) -> None:
        self.sources = sources

    def search(self, words: str) -> bool:
        """Whether any of the patterns occurs in `words`."""
        always, by_word = _gates(self)
        if any(compiled(source).search(words) for source in always):
            return True
        tried: set[str] = set()
        for word, sources in by_word.items():
            if word in words:
                for source in sources:
                    if source not in tried:
                        tried.add(source)
                        if compiled(source).search(words):
                            return True
        return False

    def sub(self, replacement: str, words: str) -> str:
        """`words` with every occurrence of the patterns replaced."""
        for source in self.sources:
            words = compiled(source).sub(replacement, words)
        return words


_ESCAPE = re.compile(r"\\.")  # \b, \w, \d: not letters of the text
# A pattern's pieces: an escape, a character class ("]" first in it is literal), a bracket or a bar, a run
# of anything else.
_TOKEN = re.compile(r"\\.|\[\]?[^\]]*\]|[()|]|[^\\\[()|]+")
_CLASS = re.compile(r"\[[^\]]*\]")  # [a-z], [ae]: any one of, not a word
_RUN = re.compile(r"[a-z]{2,}")
_LONE_LETTER = re.compile(r"[(|:][a-z](?=[|)])|\|[a-z]$")
_OPTIONAL_AFTER = ("?", "*", "{")  # a quantifier that lets the last letter of a run go missing


def literal_words(source: str) -> frozenset[str]:
    """Words at least one of which every match of a pattern contains: the longest run of letters the
    pattern writes out of any group or alternative (so every match holds it) when there is one; else
    every run of two or more letters it writes anywhere, less a last letter a quantifier makes optional
    ("pills?" gives "pill"). That last kind is sound unless every run sits in an optional group: the test
    over the safety corpora watches for that. A pattern with neither, or with a one-letter alternative
    ("i|he|she") and no run outside it, has none: it is always tried."""
    outside = _outside_groups(source)
    if outside is not None:
        runs = _runs(outside)
        if runs:
            return frozenset({max(runs, key=len)})
        required = _required_group_words(source)
        if required:
            return required
    text = _CLASS.sub(" ", _ESCAPE.sub(" ", source))
    if _LONE_LETTER.search(text):
        return frozenset()
    return frozenset(_runs(text))


def top_level_alternatives(source: str) -> list[str]:
    """A pattern split at its top-level "|" (not inside a group or a class): it matches where one of
    these does."""
    parts: list[str] = []
    depth, start = 0, 0
    for token in _TOKEN.finditer(source):
        text = token.group()
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
        elif text == "|" and depth == 0:
            parts.append(source[start : token.start()])
            start = token.end()
    parts.append(source[start:])
    return parts


def _required_group_words(source: str) -> frozenset[str]:
    """For a pattern with no run of letters outside its groups: the words of the first group every match
    passes through (not optional, not a lookaround) whose every alternative has words of its own; every
    match holds one of them. Empty when there is no such group."""
    depth, opened = 0, 0
    for token in _TOKEN.finditer(source):
        text = token.group()
        if text == "(":
            if depth == 0:
                opened = token.start()
            depth += 1
        elif text == ")":
            depth -= 1
            if depth:
                continue
            inner = source[opened + 1 : token.start()]
            after = source[token.end() : token.end() + 2]
            optional = after[:1] in ("?", "*") or after == "{0"
            if not optional and (inner.startswith("?:") or not inner.startswith("?")):
                content = inner[2:] if inner.startswith("?:") else inner
                found = [literal_words(alternative) for alternative in top_level_alternatives(content)]
                if all(found):
                    return frozenset().union(*found)
    return frozenset()


def _runs(text: str) -> list[str]:
    found = []
    for run in _RUN.finditer(text):
        word = run.group()
        if text[run.end() : run.end() + 1] in _OPTIONAL_AFTER:
            word = word[:-1]
        if len(word) >= 2:
            found.append(word)
    return found


def _outside_groups(source: str) -> str | None:
    """What a pattern writes outside every group and character class (escapes blanked), or None when it
    is an alternation at the top level: then nothing outside the groups is in every match."""
    kept: list[str] = []
    depth = 0
    for token in _TOKEN.finditer(source):
        text = token.group()
        if text == "(":
            depth += 1
            if depth == 1:
                kept.append(" ")
        elif text == ")":
            depth -= 1
            if depth == 0:
                kept.append(" ")
        elif text == "|":
            if depth == 0:
                return None
        elif depth == 0:
            kept.append(" " if text[0] in "\\[" else text)  # an escape or a class: no letter of the text
    return "".join(kept)


@cache
def _gates(patterns: Patterns) -> tuple[tuple[str, ...], Mapping[str, tuple[str, ...]]]:
    """The patterns always tried, and the others by the words that gate them; worked out the first time a
    set of patterns is searched (an ordinary question never reaches most exemption sets), not at import;
    memoised per set, which hashes by identity: a search does not hash all its sources again.

    A pattern that is an alternation at the top level matches where one of its alternatives does: each
    is gated by its own words, so that one alternative without any does not make all of it always tried."""
    by_word: dict[str, list[str]] = {}
    always: list[str] = []
    for source in (
        alternative for whole in patterns.sources for alternative in top_level_alternatives(whole)
    ):
        found = literal_words(source)
        if not found:
            always.append(source)
        for word in found:
            by_word.setdefault(word, []).append(source)
    return tuple(always), {word: tuple(found) for word, found in by_word.items()}


# What a pattern joins with ".*" is said near each other: within this many words. A long post tells many
# things, and "jumpy ... through the roof" or "had multiple sclerosis ... for years ... seizure" are
# not one thing. No message of the training sets is read otherwise; of writer AI's long forum posts, 5
# fewer look-alikes raised an alarm and no person in danger was missed more.
MAX_SPAN_WORDS = 20
_NEAR = rf"[^ ]*(?: [^ ]*){{0,{MAX_SPAN_WORDS}}}"


@cache
def compiled(source: str) -> re.Pattern[str]:
    """A pattern, compiled the first time it is needed (a cache of a pure function), its ".*" spans
    bounded to MAX_SPAN_WORDS words."""
    return re.compile(source.replace(".*", _NEAR))


# Long crisis words, and the short misspellings that fuzzy matching would not dare correct.
CRISIS_WORDS = (
    "suicidal", "suicide", "overdose", "overdosed", "overdosing", "seizure", "seizures", "unconscious",
    "unresponsive", "breathing", "killing", "myself",
)  # fmt: skip
TYPOS = {
    "poitn": "point", "piont": "point", "sweling": "swelling", "sweeling": "swelling",
    "kil": "kill", "killin": "killing", "kms": "kms", "pils": "pills", "hart": "heart",
    "tablits": "tablets", "tonite": "tonight", "breth": "breath", "cant breath": "cant breathe", "od": "od",
    "sucide": "suicide", "sucidal": "suicidal", "suicidle": "suicidal", "suacidal": "suicidal",
    "overdoes": "overdose", "overdoesd": "overdosed", "sezure": "seizure", "siezure": "seizure",
    # chat shorthand: "can u die mixing ket and xanax", "a bad reaction rn"
    "u": "you", "ur": "your", "ket": "ketamine", "rn": "right now", "tmrw": "tomorrow", "ppl": "people",
    "sry": "sorry", "ods": "overdoses", "nite": "night", "wat": "what", "wht": "what", "wats": "whats",
    "dissapear": "disappear", "disapear": "disappear", "dissappear": "disappear",
}  # fmt: skip
# Swearing as an intensifier, left out before anything reads a message: "whats the fucking point" is "whats the
# point", "i want to effing die" is "i want to die". ("Bloody" stays: a bloody nose or cough is an emergency word.)
INTENSIFIERS = frozenset(
    "fucking fuckin fukin fking fkn fkin fcking fckin fuking effing freaking freakin frigging friggin frickin "
    "goddamn goddamned".split()
)
# Real words within the respelling's reach of a crisis word: never read as its typo ("the billing office"
# is not "the killing office", "how conscious will i be" not "unconscious").
NOT_TYPOS = frozenset(
    "billing chilling filling willing milling spilling grilling drilling thrilling skilling kilning treating "
    "breaching breathings conscious responsive overdoing overdone seizures suicides".split()
)

# Cutting or burning with no object named, in a story of it: "i used to cut as a teen" (self-harm, as SELF_HARM)
CUT_WITH_NO_OBJECT = (
    r"\b(?:used to|i would|started to|began to|i still) (?:cut|burn|scratch)\b(?! (?:my |the |his |her |our |some |a )?"
    r"(?:hair|grass|wood|hedges?|lawn|food|meat|veg\w*|onions?|nails|costs?|down|back|out|corners|bread|fabric|paper|"
    r"trees?|toast|cookies|cakes?|it|them|myself|my ?self))|"
    # told by when: "cut as a teen", "she cut all through school"
    r"(?:^|\b(?:i|he|she|they) )(?:cut|burned) (?:all through |through )?(?:as a (?:teen\w*|kid|child)|in (?:high )?school|"
    r"at school|at uni|in college|when (?:i|he|she|they) (?:was|were) (?:\d+|young|younger|a teen\w*))\b"
)
ME = r"(?:my ?self|me)"
# "die" that is "dye": "i want to die my hair purple"
DIE = r"die(?! (?:my|her|his|their|your|the) (?:hair|roots|beard|eyebrows|clothes|jeans|shirts?|fabric)\b)"
# Not waking until a spell that passes: "i want to sleep and not wake up until this heatwave's over"
UNTIL_IT_PASSES = (
    r"(?!(?: up)? (?:until|till|til) (?:this|the) (?:\w+ )?(?:heat ?waves?|weather|storms?|rain|week|weekend|exams?|meetings?|winter|"
    r"holidays?|christmas|term)\b)"
)
# A jump onto something soft ("off the shed roof onto the trampoline"): play, not a fall.
SOFT_LANDING = (
    r"\bonto (?:the|a|my|our) (?:trampoline|bed|mattress|crash mat|sofa|couch|pool|grass|hay|bouncy castle)\b"
)
PILLS = r"(?:pills?|tablets?|meds|medications?|medicine|oxy\w*|morphine|opioids?|codamol|co codamol|ketamine|tramadol)"
DRUGS = (
    r"(?:ketamine|oxy\w*|opioids?|opiates?|morphine|codeine|tramadol|fentanyl|methadone|hydrocodone|percocet|vicodin|"
    r"dilaudid|heroin|benzos?|benzodiazepines?|xanax|valium|diazepam|lorazepam|klonopin|gabapentin|pregabalin|lyrica|"
    r"sleeping pills|sleeping tablets|painkillers|pain pills|pills?|tablets?|meds|lozenges?|troches?|spray|patch(?:es)?)"
)
# Medicines and other drugs a person may take beside ketamine, by name or by kind (not drinks): a question about
# taking them together is about risk, however few its words ("k + oxy ok?", "ketamine + seroquel?").
NAMED_DRUGS = (
    r"opioids?|opiates?|oxy(?!gen)\w*|morphine|codeine|co codamol|tramadol|fentanyl|methadone|gabapentin|pregabalin|lyrica|"
    r"hydrocodone|vicodin|percocet|dilaudid|hydromorphone|tapentadol|buprenorphine|suboxone|subutex|butrans|naltrexone|"
    r"benzo\w*|xanax|xans|xannies|valium|diazepam|lorazepam|ativan|alprazolam|klonopin|clonazepam|temazepam|"
    r"sleeping (?:pills?|tablets?)|sleepers|sedatives?|zopiclone|zolpidem|ambien|melatonin|trazodone|quetiapine|seroquel|"
    r"mirtazapine|amitriptyline|nortriptyline|duloxetine|cymbalta|venlafaxine|citalopram|escitalopram|lexapro|prozac|"
    r"zoloft|paroxetine|phenelzine|maois?|lithium|lamotrigine|ssris?|snris?|sertraline|fluoxetine|antidepressants?|"
    r"antipsychotics?|adderall|vyvanse|ritalin|methylphenidate|adhd (?:meds|medicine|medication|pills|tablets)|modafinil|"
    r"stimulants?|amphetamines?|cocaine|mdma|molly|ecstasy|lsd|mushrooms|shrooms|kratom|poppers|heroin|"
    r"benadryl|diphenhydramine|antihistamines?|promethazine|phenergan|pseudoephedrine|sudafed|cold (?:tablets|medicine)|"
    r"paracetamol|acetaminophen|tylenol|ibuprofen|advil|nurofen|naproxen|aspirin|muscle relaxants?|baclofen|tizanidine|"
    r"cyclobenzaprine|ondansetron|zofran|prednisone|grapefruit|weed|cannabis|marijuana|thc|edibles|cbd|"
    r"percs|percocets|ghb|gbl|wellbutrin|bupropion|st johns wort|viagra|sildenafil|tramal|warfarin|"
    r"epilepsy (?:meds|medicine|medication|pills|tablets)|(?:heart|blood pressure|bp|diabetes|thyroid) (?:pills|tablets|meds|medication|medicine)"
)
# Medicines and drinks a person may take beside ketamine: a question about taking them together is about risk.
OTHER_MEDICINES = rf"{NAMED_DRUGS}|alcohol|drinking|drink|drinks|wine|beers?|booze"
# Drinking, not of water, tea or coffee, nor eating and drinking after fasting: "is it bad to drink the same week
# as an infusion", not "can i drink water before my infusion" or "can i eat and drink straight after".
DRINKING = (
    r"(?<!eat and )(?<!eating and )(?<!food and )\b(?:drink|drinks|drinking|drank|drunk)\b"
    r"(?! (?:\w+ )?(?:water|coffee|tea|juice|fluids|milk|soda|plenty|enough|lots))"
)
# Drinks by name, for the emergency patterns (ALCOHOL) and the risk note (RISK) alike.
DRINKS_BY_NAME = r"(?:vodka|whisk(?:e)?y|whiskie|wine|beer|gin|rum|tequila|brandy|cider|lager|prosecco|champagne|sherry|bourbon|scotch)s?"
ALCOHOL = rf"(?:alcohol|{DRINKS_BY_NAME}|drinks|booze|shots)"
# Not waking up (or not responding) wished for, not told of someone: "id welcome not waking up", "i wouldnt
# mind not waking up" are despair, not an emergency.
NOT_WISHED = r"(?<!welcome )(?<!mind )(?<!about )"
PEOPLE = (
    r"(?:i|he|she|they|we|someone|somebody|husband|wife|partner|son|daughter|mum|mom|mother|dad|father|"
    r"friend|flatmate|roommate|boyfriend|girlfriend|brother|sister|child|kid|toddler|baby|patient|resident|client)"
)

# Someone the message is about: a crisis happens to a person, so the model's verdict on a general question
# that names nobody ("are any of your services covered by insurance") is not taken.
A_PERSON = Patterns(
    rf"\b(?:{PEOPLE}|im|ive|id|ill|me|my|mine|my ?self|us|our|him|her|his|hes|shes|them|their|theyre|theyd|"
    r"everyone|everybody|anyone|anybody|no ?one|nobody|life|living|mum|gran|grandma|grandad|dog|cat)\b"
)

# A question about a risk, from someone who says it is meant for now: asking how much would be lethal is
# itself a warning sign when the writer says they are done, or that it is for them, tonight, the last time.
MEANT_NOW = Patterns(
    r"\b(?:im|i am|i m) (?:so |just |really |totally |completely )?done(?: tbh| honestly| ngl| now| with it all)?$",
    # a farewell beside the question: "thanks for everything this year... is a whole box fatal", "cancel my next
    # appt, not gonna need it" (not a time alone: "my husband drinks after the kids go to bed" is no plan)
    r"\b(?:thanks|thank you) for everything\b|\bi (?:will|ll) miss (?:you|u|everyone)\b|\bsorry for everything\b|\bthis is goodbye\b|"
    r"\bnot (?:gonna|going to) need (?:it|them|the rest|any more)\b",
    r"\burges? to (?:overdose|od|take (?:all|everything|them all|the lot))\b",
    r"\b(?:im|i am|i weigh) (?:about |around )?\d+ ?(?:kg|kgs|kilos?|lbs?|pounds|stone)\b",  # a lethal amount for oneself
    r"\b(?:bc|because|cause|cuz|coz|since) (?:im|i am) (?:about to|going to|gonna)(?: do it| do this| take (?:them|it|the lot|them all))?$|\basking for tonight\b|\bwhat to take tonight\b|\bneed to know (?:it )?(?:for|by|before) (?:tonight|today|later|this evening)\b|\bneed to know (?:what|how much|how many)\b(?: \w+){0,6} tonight\b",
    r"\bask(?:ing)? for (?:me|myself)\b(?! not(?! hypothetical\w*))|\bif you know what i mean\b|\basking for real\b",
    r"\b(?:quick|painless|fast|easy) for me\b|\b(?:id|i would) (?:like|love|welcome) that\b|\bi (?:really )?mean it\b|\b(?:im|i am) holding (?:it|them|the \w+)(?: right)? now\b",
    # the means at hand: "how long does it take to die from a fentanyl patch overdose, ive got 6 of them"
    r"\b(?:i have|ive got|i got|i have got) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|a (?:whole )?(?:box|bottle|pack|stash|drawer ?full))"
    r" (?:of (?:them|these|those|it)|left|saved|here|at home|in the (?:house|drawer|cupboard)|(?:boxes|bottles|packs|patches|pills|tablets)\b)",
    r"\blast one ever\b|\b(?:want|need) (?:it|this) to be (?:the|my) last\b",
    r"\b(?:i have|ive got|i got|i have got|i ve got) (?:access to|enough of) (?:both|them|it all|enough|plenty|all of them)\b",
    r"\bi can (?:get|get hold of|get my hands on) (?:it|them|some|enough)(?: \w+){0,2} (?:through|from|at) (?:work|my job|the hospital|the pharmacy|the farm|the vet)\b",
)

# Thoughts, plans, means and goodbyes of suicide, and self-harm.
SUICIDE = Patterns(
    r"\bvoices? (?:keeps? |keep on |are |is |have been |has been )?(?:say|says|saying|said|tell|tells|telling|told) (?:me )?(?:to )?(?:jump|die|kill|hurt|end|cut|do it)\b",
    r"\b(?:ill|i will|im going to|i am going to|im gonna) be dead (?:by|before|within|in a|in \w+ days|soon|tonight|tomorrow)\b",
    r"\b(?:will|going to|gonna|wants? to|try to|trying to) stop (?:her|his|their|my) (?:own )?heart\b",
    # writer EA's short lines in a bad moment, in other words
    r"\bthis is (?:my )?goodbye\b(?! (?:to (?:my|our|the) (?!family|kids|children|wife|husband|partner|life|world|mum|mom|dad|parents)\w+|party|card|present|gift|lunch|drinks|do)\b)",
    r"\blast time (?:you(?:ll| will)?|anyone(?:ll| will)?) (?:hear|hears|see|sees) (?:from )?me\b",
    r"\bwont (?:need|be needing) (?:my|the|any|another) (?:next |more |other |further )?(?:appointments?|infusions?|sessions?|treatments?|refills?|prescriptions?)\b"
    r"(?!.*\b(?:better|settled|gone|cured|discharged|moving|finished|worked|helped|stop|pain free)\b).*\b(?:goodbye|bye|farewell|for everything)\b",
    r"\b(?:tied|tie|tying|knotted)\b.*\b(?:cord|rope|belt|scarf|sheet|cable|noose)\b.*\b(?:banister|beam|loft|loft hatch|rafters?)\b",
    r"\b(?:today|tonight|tomorrow) (?:i|ill|i will) die\b(?! (?:of|laughing|inside|a little)\b)",
    r"\bcarv(?:e|ed|es|ing)\b(?! knife)(?: \w+){0,3} (?:into|in|on) my (?:arm|arms|skin|leg|legs|wrist|wrists|thigh|thighs|stomach)\b",
    r"\b(?:chose|chosen|decided|picked|planned|worked out) (?:on )?how (?:i|ill|i will|im going to|im gonna) (?:do it|end it|go)\b",
    r"\b(?:pills|hanging|jumping|gun|rope|drowning|the bag|bridge|the bridge) or (?:\w+ )?(?:pills|hanging|jumping|gun|rope|drowning|the bag|bridge)\b.*"
    r"\b(?:faster|quicker|less painful|painless|surer|kinder|less (?:mess|for|trauma)|easier for)\b",
    r"\b(?:tried|try|trying) the (?:plastic )?bag\b",
    r"\b(?:hit|hitting|punch\w*|bang\w*|smash\w*|scratch\w*|burn\w*) my \w+ (?:with (?:a|the) \w+ )?(?:so|to make) (?:it|that) hurts? (?:somewhere else|elsewhere|instead)\b",
    r"\btell (?:him|her|them|my \w+|everyone) (?:that )?i (?:was|am|m|went|died) (?:at peace|peaceful|happy at the end)\b",
    r"\btell (?:him|her|them|my \w+|everyone) (?:that )?(?:it|this) (?:wasnt|was not|isnt|is not|was never) (?:his|her|their|your) fault\b(?! (?:that|the|a|an|for|about|when|my|our|his|her|their)\b)",
    r"\bthis is (?:the )?end (?:for|of) me\b",
    r"\b(?:killed|hanged|hung|shot|drowned) (?:him|her|them) ?sel(?:f|ves)\b.*\b(?:(?:join|joining|be with|follow|following) (?:him|her|them)|"
    r"(?:do|doing|did) (?:it|that|the same)(?: \w+)? (?:too|as well|also)|(?:feel|feeling) the same|do the same)\b",
    r"\b(?:plan|plans|planning|going|gonna|want|wanna|intend\w*|decided|deciding) to (?:od|overdose)\b",
    r"\bend(?:ing)? (?:this|it|it all|everything|things|my life)(?: \w+){0,3} for good\b|\b(?:go to sleep|sleep) for good\b",
    r"\bthreaten\w* to (?:kill|hurt|harm|end|drink|take|jump|shoot|hang|overdose|cut|swallow)\b",
    r"\b(?:talk\w*|say\w*|said|speak\w*) (?:about |of )?(?:to )?(?:finish\w*|kill\w*|end\w*) (?:my|him|her|them) ?sel(?:f|ves)\b|\bfinish (?:my|him|her|them) ?sel(?:f|ves)\b",
    r"\b(?:will|going to|gonna|want to|wants to|wanna|try to|trying to) drink (?:the |some )?(?:\w+ )?(?:poison|bleach|antifreeze|weed ?killer)\b",
    r"\b(?:at|on|by|near) the (?:train |railway |rail )?tracks?\b.*\b(?:now|coming|waiting)\b|\bthe train is coming\b",
    r"\b(?:overdose|death|suicide|it)\b(?: \w+){0,3} look (?:like )?(?:an? )?accident(?:al)?\b",
    r"\bsuicid\w*\b(?! (?:headache|disease))",
    r"\bkill(?:ing|ed|s)? (?:my|him|her|them|your) ?sel(?:f|ves)\b",
    r"\b(?:hang|hanging|shoot|shooting|drown|drowning|throw|throwing|end|ending|off|offing) "
    r"(?:my|him|her|them|your) ?sel(?:f|ves)\b",
    r"\bhelp (?:me|him|her|them) (?:to )?die\b",
    rf"\b(?:want|wants|wanted|wanting|wanna|wish|wishes)(?: \w+){{0,3}} to (?:{DIE}|disappear|not exist|stop existing|be gone)\b",
    r"\bstop(?:ped)? existing\b|\bdisappear (?:for good|forever)\b",
    # writers HH to HJ: a thought obeyed, means ordered, the exit done tonight, acting on it, gone by morning,
    # a barrel in the mouth, talking oneself out of it, an exit bag, something done to oneself, the quickest way
    r"\bkys\b.*\b(?:my brain|my head|the voices?|my thoughts?)\b|\b(?:my brain|my head|the voices?|my thoughts?)\b.*\bkys\b",
    r"\bsomething(?: \w+){0,2} to (?:end it|end it all|end things|end my life|do it|finish it|finish my ?self) with\b",
    r"\b(?:doing|do|taking|making) (?:the|my) (?:final )?exit\b(?! (?:interview|survey|questionnaire|form|paperwork|exam|poll|plan for))",
    r"\b(?:about to|going to|gonna|ready to|will|might) act on (?:them|it|mine|my (?:suicidal )?(?:thoughts|urges|plan))\b",
    r"\b(?:ill|i will) be gone (?:by|before) (?:the )?(?:morning|tomorrow|tonight|sunrise|dawn|the weekend)\b"
    r"(?!.*\b(?:flight|train|trip|holiday|work|shift|office|plane|drive|airport|back|return\w*)\b)",
    r"\b(?:barrel|gun|muzzle|pistol) (?:in|to|against|under) my (?:mouth|head|temple|chin)\b",
    r"\btalk(?:ing)? my ?self out of (?:it|doing it|this)\b|\bexit bags?\b|\bdo something to my ?self\b",
    r"\b(?:quickest|easiest|fastest|most painless|cleanest|surest) way to (?:die|do it|end it|go)\b(?! (?:to|from|there|home|about|through|back|in|out|on|for|with)\b)",
    r"\bgave away my\b.*\b(?:feels right|nobody noticed|no one noticed|noone noticed|wont need (?:it|them))\b",
    r"\btired (?:of|to) (?:living|live|life|being alive|being here)\b",
    r"\b(?:give|giving|gave) up on (?:life|living)\b|\blet go of life\b|\bcant do life\b",
    r"\b(?:my|a|her|his|their) goodbye(?: message| post| note| letter)?\b",
    r"\blooking at (?:the|my) pills\b|\bpills? (?:are |is )?ready\b",
    r"\bmak(?:e|ing) (?:it|everything|it all|the pain|all the pain|the pain and everything) stop\b.*\b(?:for good|forever|permanently)\b",
    r"\b(?:wont|will not|im not|not) (?:be )?coming back\b.*\b(?:tonight|for good|forever|goodbye|bye|kind to me)\b",
    r"\btell (?:the |my )?(?:nurses?|doctors?|staff|team|everyone|them) (?:they were|that they were|thank you|thanks|i said|im sorry|i am sorry|i love)\b",
    r"\bif you (?:find|read|see|are reading|re reading) this\b.*\b(?:sorry|fault|goodbye|love you)\b",
    r"\bby the time (?:you|anyone|someone|they) (?:read|reads|see|sees|find|finds) (?:this|them|it|my (?:file|notes?|messages?|letters?|posts?|emails?))\b(?! (?:article|page|post|book|leaflet|guide))|\bif you (?:dont|do not|never) hear from me\b(?: \w+){0,4} (?:did it|gone|dead|because)\b",
    r"\b(?:it )?(?:wasnt|was not|isnt|is not) (?:your|anyones) fault\b.*\b(?:sorry|goodbye|love)\b|\bim sorry\b.*\b(?:wasnt|isnt|not) your fault\b",
    r"\bleft (?:letters?|notes?|a letter|a note) for\b",
    r"\b(?:letters?|notes?)\b.*\b(?:its|it is|it was|that its) (?:nobodys|no ones|noones|not anyones|not (?:your|their|his|her) ) ?fault\b",
    r"\b(?:put|putting|got|get|getting) (?:my|all my) affairs in order\b|\bbleed(?:ing)? out\b",
    r"\b(?:see|be with|join) my (?:late|dead|deceased) (?:wife|husband|partner|mum|mom|dad|son|daughter|mother|father)\b",
    r"\b(?:is|are|would|will) \d+ (?:of (?:my|the|them) )?(?:lozenges?|troches?|pills?|tablets?|sprays?|patches|mg|doses?)(?: \w+)? enough\b"
    r"(?! (?:for|to last|to treat|to help|to work))",
    r"\b(?:final|last)\b.*\bone way or (?:another|the other)\b",
    r"\b(?:after (?:tonight|today|this weekend|tomorrow|friday|saturday|sunday)|soon)\b.*\b(?:wont|will not) be a (?:problem|burden|bother)\b",
    r"\b(?:think|thinking|thought|thoughts) (?:about|of) (?:dying|death|being dead|not being (?:here|alive)|ending it|not waking up)\b(?! (?:in|during|under) (?:the|an|my) (?:infusion|anaesthe\w*|anesthe\w*|surgery|procedure))",
    r"\bknife\b.*\b(?:wrists?|arms?|throat|my ?self)\b|\bwrists?\b.*\b(?:knife|blade|slit|cut)\b",
    r"\bslit\w* (?:my|his|her|their) (?:wrists?|throat)\b|\b(?:stones|rocks|something heavy|weights) in (?:my|his|her) pockets\b",
    r"\bso (?:that )?(?:i|he|she|they) (?:can|could|will|would) die\b(?! (?:without|in peace|peacefully|comfortabl\w*|with dignity|at home|in (?:his|her|their|my) (?:own )?bed))",
    r"\b(?:would|will|could) (?:it |that |this |\d+ |they |these |those )?stop my heart\b|\benough to (?:kill me|stop my heart)\b",
    r"\beasy way out\b",
    r"\bif i (?:wasnt|was not|werent|were not) (?:here|around|alive)\b",
    r"\b(?:fine|better|happier|relieved|easier)(?: off)? (?:without|if) (?:me|him|her|them|i wasnt|he wasnt|she wasnt)\b",
    r"\bbridge\b.*\b(?:solve|end it|jump|over the edge)\b|\bover the edge\b",
    r"\bletters? to everyone\b|\bleft a (?:suicide )?note\b",
    r"\bchecking out (?:permanently|for good)\b|\bout of (?:everyones|everybodys|your|their) hair for good\b",
    r"\bjoin my (?:husband|wife|partner|mum|mom|dad|son|daughter|father|mother)\b.*\b(?:soon|heaven|enough)\b",
    r"\btime (?:i|to) let go\b",
    r"\blethal dose\b|\bwould be too many\b(?! with\b)(?! for (?:an? |my |the |someone |somebody )?(?:elderly|old|older|young|child|kid|person|adult|patient|teen\w*|\d+ year old))|\bquickest if i took\b",
    r"\bmade sure of (?:that|it)\b|\bmy (?:own )?funeral\b",
    r"\bjoin (?:him|her|them) (?:soon|tonight|now|there|up there|in heaven)\b|\b(?:when|after|once|before) (?:they|someone|somebody|my \w+|people|the \w+) finds? me\b(?! (?:a|an|the|some|any|another|somewhere|something)\b)|\bfind (?:my body|me dead|me gone)\b|\bnot come back\b|\bnot (?:planning on|going to be|gonna be) (?:being )?(?:here|around)\b",
    r"\bbought (?:a|some) (?:rope|gun|hose|pills)\b|\bexhaust\b",
    r"\bwr(?:ote|iting) (?:out )?(?:my|his|her|a) will\b",
    r"\bfor when (?:i|im|he|hes|she|shes|they|theyre) gone\b",
    r"\bways to do it\b",
    r"\b(?:finish|finishing|end|ending) (?:my|his|her|their) life\b",
    r"\b(?:hope|hoping|wish|want|pray)\w* (?:it|this|that|the \w+|something|someone|they) (?:would |will )?kills? me\b",
    r"\bkms\b",
    r"\bun ?aliv\w*",
    r"\b(?:permanently|forever) afk\b|\balt ?f4\b(?: on)? (?:life|my life|everything|it all)\b|\brage ?quit(?:ting)? (?:life|living)\b|\bno respawn\b",
    r"\byeet(?:ing)? my ?self\b(?! (?:into|onto) (?:bed|the (?:sofa|couch|pool|bed|sea|lake)))|\b(?:put|putting) my ?self (?:six feet under|in the ground|in a (?:grave|coffin))\b",
    r"\b(?:quickest|easiest|fastest|painless|cleanest|better) way out\b(?! of)|\buse to end (?:it|it all|things|my life)\b",
    r"\b(?:sayonara|farewell|goodbye) (?:cruel )?world\b",
    r"\b(?:thinking (?:of|about)|want to|wanna|going to|gonna|might|could just) (?:\w+ )?(?:swerv\w*|driv\w*|crash\w*|steer\w*) (?:\w+ ){0,2}(?:into|in front of) (?:a |the |an )?(?:truck|lorry|tree|wall|bus|train|oncoming traffic)\b",
    r"\bpull(?:ing)? the trigger\b(?=.*\b(?:literally|tonight|in my (?:lap|hand|mouth)|loaded|gun|pistol|rifle)\b)",
    r"\b(?:tak(?:e|ing)|go(?:ing)? (?:for|on)) a long walk off a short pier\b(?=.*\b(?:literally|for real|tonight|not joking)\b)",
    # taking oneself out, stopping one's life: "im gonna take myself out before christmas"
    r"\b(?:gonna|going to|will|ill|want to|wanna|might|could|about to) take (?:my|him|her|them) ?sel(?:f|ves) out\b"
    r"(?! (?:for|to|on|with|shopping|dancing|somewhere|of (?:the |this |my )?(?:house|room|game|race|running|competition|team|class)))",
    r"\b(?:will|gonna|going to|want to|wanna|ill) stop my (?:own )?life\b",
    # the means put ready where the writer can reach it: "the rope's in the shed already"
    r"\b(?:the|a|my) (?:rope|noose|gun|pistol)s? (?:is |are )?(?:already |all )?(?:in|under|on) (?:the|my) "
    r"(?:shed|garage|loft|attic|car|boot|trunk|truck|glove ?box|cupboard|wardrobe|closet|drawer|nightstand|bedside|pocket|lap|woods|basement)\b"
    r"(?!.*\b(?:hunting|range|club|climbing|camping|boat|season|licen[cs]e|safe)\b)",
    # at the edge now: "what would happen if i jumped off the 9th floor balcony. im on it now"
    r"\b(?:jump\w*|fall\w*|ledge|balcony|roof|bridge|edge)\b.*\b(?:im|i am) (?:on|standing on|sat on|sitting on|up on|at) (?:it|the edge|the railing|there)(?: right)? now\b",
    # the same in the other languages people in danger most often write here: a net, not a translation
    r"\b(?:magpapakamatay|magpakamatay|khudkushi|aatmahatya|"
    r"(?:nahi|nahin) jeena|jeena (?:nahi|nahin)|(?:nahi|nahin) rahunga|(?:nahi|nahin) rahungi|khatam kar (?:raha|rahi|dunga|dungi|lunga|lungi))\b",
    r"\bsewer ?slide\b",
    r"\b(?:top|topping|do|doing) my ?self in\b",
    r"\b(?:top|topping) my ?self\b",
    r"\b(?:just|ill|i will|im going to|gonna) end it\b",
    r"\bend(?:ing)? it all\b",
    r"\bhang(?:ing)? my ?self\b",
    r"\bfinish(?:ing)? (?:my ?self|me) off\b",
    r"\b(?:end|ending|take|taking) (?:my|his|her|their) (?:own )?life\b",
    r"\b(?:end|ending|finish|finishing) (?:it|it all|things|everything)(?: tonight| today| now| soon| for good| this (?:week|weekend)| tomorrow|$)",
    r"\bmake (?:it all|everything) (?:end|stop)\b(?! \w+ing\b)",
    r"\bmade my (?:choice|decision)(?: and)? (?:its|it is|it will be) (?:tonight|today|this weekend)\b|\btell (?:him|her|them|my \w+) (?:that )?i loved (?:him|her|them|you|everyone)\b",
    r"\b(?:going|planning|plan|want|wanna|ready|about) to (?:end|finish) (?:it|things|everything)\b",
    r"\bnot (?:be )?alive any ?more\b|\bnot be alive\b",
    r"\bwish (?:i|id) (?:was|were|had) (?:dead|never been born|died)\b",
    r"\bno point (?:in )?(?:going on|living|carrying on|being alive|being here)\b",
    r"\bnothing (?:else |left )?to live for\b",
    r"\bwant (?:it all|everything) to (?:stop|end) (?:permanently|forever)\b",
    r"\bend(?:ing)? my suffering\b",
    r"\b(?:want|wanna|wanted|going|ready|wish|wishing|trying|plan|planning|hope|hoping|pray|praying|deserve)"
    rf"\b(?: \w+){{0,5}} (?:to )?(?:{DIE}|be dead|not be alive|not be here|not exist)\b",
    r"\bshould (?:just )?die\b",
    r"\b(?:rather|better off|be better|happier|relieved|easier for everyone)\b(?: \w+){0,4} (?:dead|gone|died|without me)\b",
    r"\bif i (?:was|were|am) (?:dead|gone)\b",
    r"\bif i died\b",
    r"\bwhen im gone\b",
    r"\bgone for good\b|\bgone gone\b",
    r"\b(?:plan|planning|going|intend|intending|expect|expecting) to be gone\b",
    r"\b(?:not|never) (?:going to|gonna) be (?:around|here|alive)\b",
    r"\b(?:wont|will not|dont think ill) be (?:around|alive|here)\b(?! (?:for|next|on|at|this|that|to|when|tomorrow))",
    r"\b(?:wont|will not) be a (?:problem|burden|bother)\b.*\b(?:longer|soon|any ?more|for good)\b",
    r"\bbe alive by\b",
    r"\bchecking out(?: early| for good| tonight| soon|$)",
    r"\b(?:dont|do not|doesnt|does not|never) (?:want|wanna|wish)(?: to)? (?:live|be alive|be here|exist|wake up|go on|keep going|carry on)\b",
    r"\bno (?:will|reason|point|desire|wish) (?:to|in|for) (?:live|living|life|go on|going on|carry on|keep going)\b",
    r"\bwhats the point (?:of|in) (?:living|life|going on|carrying on|anything|being alive|being here|existing)\b",
    r"\bblow (?:my|his|her|their) (?:brains?|head) (?:out|off)\b",
    r"\b(?:life|living)(?: is| isnt| is not|s)? (?:not )?worth (?:living|it)\b",
    r"\bnot worth living\b",
    r"\bcant (?:go on|keep going|carry on|do this any ?more|take (?:it|this) any ?more|cope)\b"
    r"(?! (?:(?:the|a|an|our) (?!way\b|same\b)\w+|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d+\w*)\b)"
    r"(?! with (?:the|these|this|my|their|your|all (?:the|these)) (?!pain\b|life\b|living\b|body\b|nerve)\w+)",
    r"\b(?:sleep|rest) forever\b",
    rf"(?<!will )(?<!does )(?<!did )\b(?:not|never|dont|do not) (?:to )?wake up\b{UNTIL_IT_PASSES}",  # not "if he will not wake up"
    r"\bdie in my sleep\b",
    r"\b(?:ways?|how) to (?:die|kill my ?self|end it|end my life|do it painlessly)\b",
    # not a painless way to have or give the treatment: "is an infusion a painless way to manage pain?"
    r"\bpainless(?:ly)? (?:way|death|to die)\b(?! (?:to|of) (?:manag|treat|reliev|control|reduc|eas|deal|cop|handl|"
    r"administer|deliver|giv|receiv|get(?:ting)? (?:it|the|my|an?|ketamine|treatment)|hav(?:e|ing) (?:it|the|an?|ketamine)|tak(?:e|ing) (?:it|ketamine))\w*)",
    r"\bresearch\w* (?:ways|how) to\b",
    r"\bmake it look like an accident\b|\b(?:make|making|pass) (?:an? )?(?:od|overdose|it|my death|this) (?:look|seem|off) (?:like |as )?(?:an? )?"
    r"(?:mistake|accident|accidental|natural)\b",
    # the whole supply taken, told as a plan; a method decided on: "when I take my whole supply", "I've
    # decided on the bridge near my house"
    r"\b(?:when|after|once|before|then) i (?:take|swallow|down|have) (?:my|the|all my) (?:whole|entire) "
    r"(?:supply|stash|lot|bottle|box|prescription|script|pack)\b(?! (?:to|back|in|into|with|along|on|for)\b)",
    r"\b(?:decided|settled|chosen|picked) on (?:the )?(?:bridge|rope|gun|train|cliff|overdose|method)\b",
    # pills bought where nobody will ask, the whole lot taken tonight, a hoard weighed up
    rf"\b(?:{PILLS}|paracetamol|acetaminophen|tylenol|panadol|ibuprofen|aspirin|{DRUGS})\b(?: \w+){{0,6}} (?:at|from) (?:a )?(?:different|another|other|second|separate) (?:chemists?|pharmac\w*|shops?|stores?|supermarkets?)\b",
    r"\b(?:bought|buying|buy|got|getting)\b(?: \w+){0,8} so (?:they|nobody|no one|noone|the \w+) (?:wouldnt|wont|would not|will not|didnt|doesnt) (?:ask|notice|question|suspect)\b",
    r"\b(?:taking|take|took|swallow\w*|down(?:ing)?) the (?:whole )?lot\b(?=(?: \w+){0,3} (?:tonight|now|today|this evening)\b)|\b(?:tonight|now)\b(?: \w+){0,3} (?:taking|take|swallow\w*) the (?:whole )?lot\b",
    rf"\b(?:{PILLS}|oxy\w*|morphine|tramadol|codeine) (?:saved|put away|kept back|stored up)\b(?: \w+){{0,4}} (?:is|will) (?:that|it|this|they) (?:be )?enough\b",
    rf"\b(?:stockpil|hoard|saved up|saving up|been saving|stash)\w*\b(?! (?:enough )?(?:money|cash|for (?:a|the|my) (?:full )?(?:course|treatment|infusion|session)|to (?:pay|afford|cover|book|buy)))"
    rf".*\b(?:{PILLS}|enough)\b",
    rf"\benough {PILLS}? ?(?:saved|stored|put away|to finish|to end|to do it|to die)\b",
    rf"\b(?:saved|kept|hidden|hid|hoarded|stored)(?: up)? (?:all )?(?:the|my|these|those) {PILLS}\b.*\b(?:take|swallow) (?:them|it|the lot|all)\b",
    # "how many oxy would it take", not "how many co-codamol can I take in a day" (a dosing question)
    rf"\bhow many {PILLS}\b.*\b(?:(?:would|will|does|did|could|might) it take|it (?:would|will|does|did|could|might) take|kill|die|enough|lethal)\b",
    # told of: "he's been researching how many of his pills it would take", "she's been collecting pills for
    # the day the pain gets too much", "mum says she'll take the lot", "found my way out"
    rf"\b(?:research\w*|look\w* up|googl\w*|search\w*|read\w* up on|work\w* out|figur\w* out) how (?:many|much) (?:of )?(?:my|his|her|their|the)? ?(?:\w+ )?{PILLS}\b(?: \w+){{0,3}} (?:it )?(?:would|will|could) (?:it )?take\b",
    rf"\b(?:collect|sav|hoard|stockpil|stash|keep|kept|put)\w*(?: \w+){{0,2}} {PILLS}\b(?: \w+){{0,6}} for (?:the day|when|if)\b(?: \w+){{0,4}} (?:too much|too bad|unbearable|cant|enough)\b",
    rf"\b(?:ill|i will|shell|she will|hell|he will|theyll|they will|she would|he would|shed|hed) (?:just )?(?:take|swallow|down|neck) (?:the (?:whole )?lot|them all|all of them|all (?:my|her|his|their|the) {PILLS}|every (?:last )?(?:pill|tablet))\b"
    r"(?! (?:with|at breakfast|in the morning|as prescribed|together with)\b)",
    r"\b(?:found|have found|got|know|ive found) (?:my|a|the) way out\b(?! of\b)",
    r"\bhow (?:many|much) (?:of )?my (?:\w+ )?(?:\w+ )?(?:is|are|would be|would it take to be) (?:lethal|fatal|deadly)\b",
    rf"\b(?:dose|amount|how much|how many|{PILLS})\b(?: \w+){{0,6}} (?:go to sleep|fall asleep|sleep) and (?:stay asleep|never wake|not wake)\b",
    rf"\b(?:have|got|ive got|i have) (?:the|my|all my|all the) {PILLS} counted\b",
    # self-harm now: fresh cuts
    r"\b(?:new|fresh|more) cuts\b(?! (?:to|in) (?:the|my|our) (?:budget|funding|hours|benefits|services|staff))|\bcuts from (?:this|last) (?:week|night|morning)\b",
    r"\b(?:gave|given|give|giving) (?:me|us|my \w+|her \w+|his \w+) (?:her|his|my|their) (?:wedding |engagement )?(?:ring|rings|watch|medals|jewell?ery)\b"
    r"(?! (?:to (?:wear|hold|keep safe|look after|borrow|mind)|for (?:my|the|our) (?:wedding|birthday|graduation)|back)\b)",
    r"\bresearch\w* (?:suicide )?methods\b(?! (?:of|for|to) (?:\w+ )?(?:pain|treatment|managing|treating|relief|coping|care)\b)|\b(?:think i|i) know how (?:i|id) (?:would )?do it\b",
    r"\bpatch(?:es)?\b.*\b(?:put|stick|slap|wear) (?:them|em|all of them|the lot) (?:all )?on\b|\b(?:put|stick|slap) (?:all|every one of) (?:the |my |them |of (?:the|my) )?(?:\w+ )?patch(?:es)? on\b",
    r"\b(?:sheep dip|weed ?killer|herbicide|pesticide|insecticide|rat poison|antifreeze|bleach|paraquat|strychnine|slug pellets|poison)\b"
    r"(?: \w+){0,3} (?:into|in) (?:my|his|her) (?:coffee|tea|drink|beer|glass|mouth|cup)\b",
    r"\b(?:gun|rifle|shotgun|pistol|crossbow|barrel|muzzle)\b(?: \w+){0,4} (?:pointed|pointing|aimed|aiming|turned) (?:the wrong way|at (?:my ?self|me|my (?:head|chest|face|heart)))\b",
    r"\b(?:would|will|does|could|can) (?:the |that |this |it )?(?:\w+ ){0,4}(?:work|do it|do the job|kill) on (?:a person|a human|people|me|myself)\b",
    r"\bpracti[cs]\w* (?:the |a |tying (?:the |a )?)?(?:noose|hangmans? knot)\b|\b(?:keep|kept|been) practi[cs]\w* (?:the|my) knot\b",
    r"\b(?:heading|going|walking|driving|off|on my way) (?:to|down to|towards|out to) the (?:railway line|railway|train tracks|tracks|cliffs?|cliff edge)\b",
    # a goodbye sent, then silence: "just texted me goodbye and said sorry for everything. she wont answer"
    r"\b(?:texted|messaged|sent|left|wrote) (?:me|us|her|him|a|the family) (?:\w+ )?(?:goodbye|bye)\b"
    r"(?=.*\b(?:sorry|wont answer|not answering|isnt answering|cant reach|cant get hold|wont pick up|not picking up)\b)",
    r"\bwr(?:ite|iting|ote|itten) (?:a|my|the) (?:note|letter)\b(?! (?:to|for) (?:my |the |our )?(?:doctor|gp|clinic|nurse|boss|teacher|school|landlord|work|employer|insurer|consultant))"
    r"(?: \w+){0,8} (?:apologi\w*|saying sorry|goodbye)\b",
    rf"\b{PILLS} lined up\b|\b(?:{PILLS}|patch(?:es)?)\b (?:are |all )?(?:stacked|piled) up\b|\b(?:{PILLS}|patch(?:es)?) (?:are |all )?(?:laid|counted|set) out ready\b",
    rf"^(?:im |i am |just |been |sat |sitting )?(?:here )?counting (?:out )?(?:my |the |all my |all the |all )?{PILLS}$",
    # Possessions given away, one after another: "gave away my PS5, my jackets, my bike"
    r"\bg(?:ave|iven|iving|ive) away my(?: \w+){1,2} my(?: \w+){1,2} (?:and )?my\b",
    r"\bready to use (?:it|them|(?:it |them )?all)\b",
    # Another's death or attempt taken as the writer's own: "my friend overdosed last year. i want to do the same"
    r"\b(?:overdos\w*|killed (?:him|her|them) ?sel\w*|(?:ended|took) (?:his|her|their) (?:own )?li(?:fe|ves))\b.*"
    r"\b(?:think|thinking|thought|considering|tempted|want|wanna|going|gonna) (?:about |of |to )?(?:do|doing) (?:it|that|the same)\b"
    r"(?! (?:\w+ )?(?:treatment|program\w*|course|therapy|ketamine|infusions?|sessions?|thing|for (?:my|the) pain))",
    # Means gathered in bulk: "bought twelve boxes of paracetamol today"
    rf"\b(?:bought|buying|got|collected|picked up)(?: \w+)? (?:[3-9]|\d\d+|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|a dozen|dozens of|loads of|lots of) "
    rf"(?:boxes|packs|packets|bottles|strips|blister packs) of (?:\w+ )?(?:{PILLS}|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|sleeping pills|painkillers)\b",
    # A place chosen beside the settling of affairs: "made my will today and chose the place"
    r"\b(?:will|letters?|notes?|goodbyes?|affairs)\b(?: \w+){0,6} (?:chose|chosen|picked|found|decided on) (?:the|a|my) (?:place|spot|day|date|time)\b",
    r"\bhave the means\b",
    r"\b(?:tying|tie|tied) up (?:all )?(?:the |my )?loose ends\b(?=.*\b(?:the plan is|for good|before i go|goodbye|im done|thats it)\b)",
    r"(?<!end of my )(?<!end of the )(?<!climbing )(?<!skipping )(?<!tow )(?<!jump )\b(?:rope|noose)\b(?! (?:on|for|of) (?:my|the|a) (?:climbing|harness|boat|swing|tent))(?! (?:access|work|swing|ladder|bridge|course|burn)\b)",
    r"\bgun\b.*\b(?:my ?self|picking it up|my head|loaded|nightstand|use it)\b",
    r"\bwould(?:nt| not)? mind (?:if )?(?:\w+ ){0,4}(?:took me|not waking up|dying|died|never woke up)\b",
    r"\bwish (?:i|id) (?:had|got|could get) (?:something )?(?:terminal|cancer)\b|\bat least (?:thered|there would) be an end\b",
    r"\brazor\w*\b",
    r"\bjump(?:ing)? (?:off|from|in front)\b",
    rf"\b(?:roof|bridge|ledge|cliff|car park)\b.*\bjump(?:s|ed|ing)?\b(?!.*{SOFT_LANDING})",
    rf"\bjump(?:s|ed|ing)?\b(?!.*{SOFT_LANDING}).*\b(?:roof|bridge|ledge|cliff|car park)\b",
    r"\b(?:in front of|under) (?:a|the) (?:train|bus|truck|lorry|car)\b",
    r"\bwalk(?:ing)? into the (?:sea|ocean|river|lake)\b",
    r"\b(?:crash|crashing|drive|driving) (?:my car |the car )?(?:into|off)\b",
    r"\bgarage\b.*\bengine\b|\bengine\b.*\bgarage\b",
    r"\b(?:goodbye|good bye|farewell) (?:everyone|all|world|letters?|notes?|cruel world)\b|\bbye (?:everyone|everybody|world|forever|for ever|for good)\b",
    r"\b(?:im done|i am done|this is it|no more)\b(?! for (?:today|the day|now|this week|the week|the night|work)\b).*\b(?:bye|goodbye)\b",
    r"\b(?:give|giving|find|rehome|rehoming) my (?:cat|dog|pets?|bird|rabbit)\b.*\b(?:to someone|a (?:good|new|kind) home|someone kind|when im gone)\b",
    r"\breaching for (?:the|a|my) (?:knife|blade|razor|pills|gun|rope)\b|\bwho gets what\b",
    r"\bsaid (?:my )?goodbyes\b|\b(?:said|saying|say) goodbye to (?:my|her|his|their|the) (?:children|kids|family|wife|husband|parents|mum|mom|dad|son|daughter)\b",
    r"\b(?:bridge|building|roof|cliff|car park|multi ?storey)s?\b(?: \w+){0,4} (?:no|without) (?:fences?|railings?|barriers?|nets?)\b",
    r"\b(?:last|final) (?:message|msg)\b(?! (?:before|of the day|for (?:today|now|this week)|till|until|from (?:the|your|my) (?:clinic|doctor|gp|nurse)))",
    r"\b(?:letters?|notes?) (?:to|for) my (?:family|kids|children|wife|husband|mum|mom|parents|partner)\b",
    r"\bwrote (?:my will|letters|a letter|a note|notes|goodbye)\b(?! (?:cards?|party|speech|messages? to (?:my |the )?(?:team|colleagues|class|work)))(?! (?:to|for) (?:my|the|a|our) (?:doctor|gp|insurer|insurance|clinic|employer|boss|council|landlord|lawyer|consultant|surgeon|nurse|pharmacist|school|bank|\w+ (?:doctor|company|office)))"
    r"(?!(?: \w+){0,4} (?:for|on) (?:their|his|her|the|my|our|a) (?:\w+ )?(?:birthdays?|christmas|xmas|anniversar\w*|wedding|graduation|holidays?)\b)",
    r"\bgiv(?:ing|en|e) (?:my|all my) (?:things|stuff|belongings|possessions) away\b",
    r"\b(?:my|all my) (?:things|stuff|belongings|possessions) to (?:give|be given) away\b(?=.*\b(?:im done|i am done|goodbye|bye|wont need)\b)",
    # keepsakes handed on, then the end: "giving my rings to granddaughter tomorrow, then done"
    r"\bgiv(?:e|ing) (?:away )?my (?:\w+ )?(?:rings?|jewell?ery|watch|medals?|guitar|things|stuff|belongings|possessions|pets?|dog|cat)\b"
    r".*\b(?:then (?:im |i am |i will be |ill be )?done|then thats it|then goodbye|and then im gone)\b(?! (?:with|for|by|at|in|and dusted|clearing|sorting)\b)",
    # a trip out with no way back: "taking the boat out on saturday and i wont be bringing it back in"
    r"\b(?:taking|take|sailing|driving|rowing) (?:the|my) (?:boat|car|kayak|canoe|dinghy) out\b.*\b(?:wont|will not|not) be (?:bringing|coming|sailing|driving) (?:it |her )?back\b",
    # a last time, and thanks for everything: "this is the last time ill ask. thanks for everything"
    r"\b(?:the|my) last time (?:i|ill|i will|youll|you will)\b.*\bthank(?:s| you) for everything\b",
    # waiting where the train will come: "parked on the level crossing, the barrier is down"
    r"\b(?:parked|sitting|sat|standing|stood|stopped|waiting|lying) (?:on|across) (?:the|a) (?:level crossing|railway crossing|train tracks|railway line|tracks)\b",
    r"\bgiving (?:things|stuff|everything) away\b",
    r"\bso (?:hes|shes|theyre|its) (?:sorted|looked after|taken care of) when\b",
    r"\bmade (?:my )?arrangements\b",
    r"\bmade up my mind\b",
    r"\b(?:i have|ive got|ive|i got) a plan\b(?! for (?:the day|after|my (?:recovery|infusion|appointment|treatment|visit|day|pain)|getting (?:home|there)|transport|the (?:journey|drive|trip|recovery)))",
    r"\bplan(?:ning|ned)? (?:how|when|a way|the way|my way)\b",
    r"\b(?:think|thinking|thought|thoughts) (?:about|of) (?:hurting|harming|killing|ending|cutting) (?:my|your|him|her|them)sel\w*",
    r"\b(?:hurting|harming) (?:my|your)sel(?:f|ves)\b",
    r"\b(?:with|holding|got|have|bought|counting|staring at) (?:a|the|my|this|her|his) (?:bottle|box|pack|packet|handful|stash|pile) of (?:pills|tablets|meds|painkillers|sleeping pills)\b",
    # not the point of a treatment: "i dont see the point in going on with the infusions"
    r"\b(?:dont|do not|doesnt|does not|cant|cannot|can not) see (?:the|a|any) point\b"
    r"(?! (?:in|of) (?:(?:going on|carrying on|keeping on|continuing|doing|having|getting|trying|booking|paying for|"
    r"more|another|any more|any|these|those|the|this|my|with|on|ketamine) ){0,4}"
    r"(?:infusions?|treatments?|sessions?|therapy|ketamine|appointments?|boosters?|clinic|physio\w*)\b)",
    r"\bno point (?:any ?more|to any of this|in any of this)\b",
    r"\b(?:switch|turn|shut) (?:my ?self |me |it all |everything )?off (?:permanently|for good|forever)\b",
    r"\bmy last (?:day|night|week|weekend|message|post|goodbye)\b(?! (?:at|of|in|on|before|with))",
    r"\b(?:standing|sitting|stood|sat|up) on (?:the|a|an|this|her|his|my|their) (?:overpass|bridge|roof|rooftop|ledge|edge|cliff|"
    r"railway|tracks|parapet|railing|balcony)\b",
    r"\b(?:im|i am|i m|hes|shes|he is|she is|theyre) (?:now |out )?on (?:the|a|my|his|her) (?:ledge|parapet|cliff edge|bridge railing)\b",
    r"\b(?:put|putting|stick|sticking) (?:my|his|her|their) heads? in (?:the|a|an) (?:gas )?oven\b",
    r"\b(?:cant|cannot|can not|can t) (?:think of|find|see|come up with) (?:a|one|any|a single) (?:good )?reason not to\b",
    r"\bhow (?:high|far|tall|many floors)\b.*\b(?:to be sure|to make sure|to die|to kill|fatal|lethal|enough)\b",
    r"\btell (?:my |our )?(?:mum|mom|mam|kids|family|wife|husband|children|parents|partner|dad|son|daughter|sister|brother|girlfriend|boyfriend) "
    r"(?:that )?(?:(?:i|im|i am|i was) (?:so |really )?(?:sorry|loved?|love|tried|did (?:my|all i could)|couldnt|cant|never)|sorry|"
    r"it (?:wasnt|was not|was never|isnt|is not)|(?:its|it is) not|goodbye|bye)\b",
    r"\btonight is the night\b|^(?:im |i am |ill be |i will be )?dying tonight\b",
    r"\bthis is it\b.*\b(?:goodbye|bye)\b|\b(?:goodbye|bye)\b.*\bthis is it\b",
    r"\b(?:scared|afraid|worried|frightened) (?:of )?what i (?:might|will|could|may) do\b",
    r"\bdont trust my ?self\b",
    r"\bdo something stupid\b",
    r"\bremove my ?self from\b",
    r"\b(?:im|i am|feel like|feel) (?:such |just )?a burden\b(?! (?:on|to) (?:\w+ ){1,3}(?:when|if|by|because|driving|to drive|for (?:lifts|rides)))",
    r"\bwaste of space\b",
    r"\blooking forward to (?:dying|death|being dead)\b",
    r"\bnot (?:scared|afraid) (?:of|to) (?:dying|die|death)\b",
    r"\bonly way out\b",
    r"\bi (?:just )?want out\b(?! of (?:the|this|my|our) (?:contract|plan|appointment|program|programme|study|trial|insurance))|\bout of life\b",
    r"\bhow much (?:\w+ )?(?:is|would be|would it take to be) (?:lethal|fatal|deadly)\b.*\b(?:i|me|my)\b",
    r"\bstop (?:the|my|a|his|her) (?:heart|breathing)\b(?: \w+){0,3} (?:for good|forever|for ever|permanently)\b",
    r"\b(?:lethal|fatal|deadly|kill (?:me|a person|someone)|stop (?:a|my|the) heart|not wake up|od|overdose)\b.*"
    r"\b(?:asking for (?:me|my ?self|a friend lol)|for my ?self|not (?:for|asking for) (?:research|a friend|school|science)|not (?:just )?(?:curious|hypothetical|hypothetically)|asking for real|(?:im|i am) serious)\b",
    r"\b(?:easier|better|simpler) for (?:everyone|everybody|them|my (?:family|kids|wife|husband))\b.*\bif i (?:just )?(?:disappeared|vanished|wasnt|was gone|went away|died)\b",
    r"\bif i (?:just )?(?:disappeared|vanished) (?:for good|forever)?\b(?! for (?:a|the) (?:day|week|weekend|bit))",
    r"\b(?:done|finished) with (?:life|everything)\b|"
    r"\b(?:done|finished) (?:with )?(?:living|being alive|existing)\b(?! (?:in|at|here|there|near|on|off|out of|abroad|alone)\b)",
    r"\bdone fighting\b",
    r"\bdont see a future\b",
    r"\b(?:overdose|od) on purpose\b",
    r"\b(?:take|taking) an overdose\b",
    r"\b(?:going to|gonna|want to|about to|thinking of|thinking about|plan is to|planning to|plan to) (?:take|taking|swallow|swallowing) (?:all|every|everything|the lot|a bottle|my whole)\b",
    r"\b(?:going to|gonna|want to|about to|might(?: just)?|could(?: just)?) (?:take|swallow|down|neck) the (?:whole|entire) (?:bottle|box|pack|packet|lot|strip|tub)\b"
    r"(?! of (?:water|juice|squash|coke|soda|milk|sun ?screen|sun ?cream|shampoo|snacks|biscuits|crisps))",
    rf"\b(?:take|taking|swallow|swallowing) (?:them |those |these |my {PILLS} |the {PILLS} |it )?all\b"
    r"(?! (?:week|weekend|day|month|year|morning|afternoon|evening|the time|my life|right|properly|correctly|on time)\b)"
    r"(?! (?:with|at) (?:breakfast|lunch|dinner|tea|supper|food|a meal|meals|water|milk)\b)"
    r"(?! (?:my |the |of my )?(?:morning|evening|night|nighttime|bedtime|usual|regular|daily|normal|other|blood pressure|bp) )"
    r"(?! (?:the|my|our|your|of (?:the|my|our)) (?:kids|children|grandkids|family|dogs?|time|help|advice|credit|blame|questions|courses?|"
    r"sessions?|infusions?|appointments?|steps|precautions|notes|photos|pictures)\b)",
    r"\b(?:on purpose|deliberately)\b.*\b(?:bleed|hurt|harm|die|dead|overdose|crash|stop)\w*",
    r"\b(?:bleed|hurt|harm|die|overdose|crash|stop)\w*\b.*\b(?:on purpose|deliberately)\b",
    r"\bself ?harm\w*\b",
    r"\b(?:writing|wrote|write|written|typing|typed|recording|recorded|left|leaving) (?:down |out )?(?:my|a|the) (?:last|final) (?:words|letters?|notes?|messages?|goodbyes?)\b",
    r"\bsorry for (?:everything|all of (?:it|this)|all (?:the|my) (?:trouble|mess)|being (?:a burden|like this|me))\b.*\b(?:bye|goodbye|farewell)\b",
    r"\b(?:the )?(?:last|final) (?:thing|message|text|words?) (?:(?:im|i am|ill|i will|i am going to|im going to) )?(?:sending|send|writing|write|saying|say)(?: to)? (?:anyone|anybody|everyone|you|any of you)\b",
    r"\b(?:hair ?dryer|toaster|radio|heater) in(?:to)? the (?:bath|tub)\b",
    r"\bwish (?:i|id|i had|i would have) (?:just )?died\b",
    r"\b(?:choosing|chosen|choose|decided|deciding|made up my mind) to (?:end (?:it|things|my life|it all)|die)\b",
    r"\b(?:cant|cannot|can not|dont think i can|not sure i can|wont be able to) (?:promise|guarantee|say|stay|keep my ?self)\b(?: \w+){0,3} safe\b|"
    r"\b(?:dont|do not) feel safe (?:with|around|from|by) my ?self\b|\bnot safe (?:with|from|around|by) my ?self\b",
    r"\b(?:bridge|roof|ledge|cliffs?|tracks|rooftop)\b.*\bnot (?:going|coming) (?:back|home)\b|\bnot (?:going|coming) (?:back|home)\b.*\b(?:bridge|roof|ledge|cliffs?|tracks|rooftop)\b",
    r"\b(?:wont|will not) (?:fail|mess (?:it|this) up|screw (?:it|this) up|survive)\b(?: \w+){0,2} (?:like last time|this time)\b|\bmake sure it works this time\b",
    r"\b(?:cut|cutting|burn|burned|burnt|burning|hurt|hurting|harm|harming|scratch\w*|hit|hitting|punch\w*|slic(?:e|ed|es|ing)|slash\w*) "
    r"(?:my ?self|my (?:arms?|forearms?|hands?|legs?|wrists?|skin|head|thighs?|stomach|belly|hips?|body))\b",
    r"\bburn\w* (?:my ?self|my \w+) with (?:a |the )?(?:cigarettes?|lighters?|matches|an iron|candles?|a hot)\b",
    r"\b(?:been|is|keeps?|started|starts|has been|have been|hes been|shes been|theyve been) (?:cutting|burning|harming|hurting|scratching) (?:her|him|them|my) ?sel(?:f|ves)\b",
    r"\b(?:knife|blade|razor|scissors|glass)\b(?: \w+){0,4} (?:against|into|across) (?:my|his|her|their) (?:skin|stomach|belly|arms?|wrists?|legs?|thighs?|throat|chest|neck)\b",
    r"\b(?:please )?(?:dont|do not) (?:try to |come )?(?:find|look for|come looking for) me\b",
    r"\b(?:cable|cord|belt|rope|scarf|wire|lead|ligature|tie)\b(?: \w+){0,2} (?:round|around) (?:my|his|her|their) (?:own )?neck\b",
    r"\b(?:put|tied|wrapped|had|pulled) something (?:tight )?(?:round|around) (?:my|his|her|their) neck\b",
    r"\b(?:lie|lying|lay) down (?:on|in) (?:the )?(?:road|motorway|tracks|railway|lane|traffic|hard shoulder)\b|\broll(?:ing)? into (?:the )?(?:lane|traffic|road)\b",
    r"\b(?:burn\w*|scald\w*|cut|poured|boiling)\b(?: \w+){0,6} (?:my|his|her) (?:hand|hands|arm|arms|skin|leg|legs|wrist|wrists|thigh|thighs|stomach)\b(?: \w+){0,3} (?:on purpose|deliberately)\b",
    r"\b(?:my|his|her) (?:hand|hands|arm|arms|skin|leg|legs|wrist|wrists|thigh|thighs|stomach)\b(?: \w+){0,6} (?:boiling|scalding|flame|lighter|iron|kettle|hob|stove)\b(?: \w+){0,3} (?:on purpose|deliberately)\b",
    r"\b(?:been|started|start|keep) cutting\b(?! (?:down|back|out|off|costs?|corners|ties|through|up|in|the|a|an|it|my|on|grass|hair|wood|firewood|logs|timber|hay|trees?|hedges?|the lawn|lumber|carbs|sugar))|\bcutting again\b|(?:^|\bi )cut again\b(?! (?:my |the |his |her )?(?:hair|grass|lawn|hedges?|fringe|nails|costs?)\b)",
    r"(?<!\bit )(?<!\bits )(?<!\bthis )(?<!\bthat )(?<!\bwhich )(?<!\bneedle )\b(?:need|needs|want|wanna|going|gonna|about|urge|urges|itching|tempted) to (?:cut|burn|hurt|harm)\b(?! (?:down|back|out|off|costs?|corners|ties|through|up|in|the|a|an|it|my (?:hair|nails|dose|meds|hours|costs?|losses)|(?:my|the) \w+ (?:down|back)))"
    r"|\burges? to (?:cut|self ?harm|hurt my ?self)\b",
    r"\brelaps\w* (?:with |into |on )?(?:sh|self)\b",
    CUT_WITH_NO_OBJECT,
    r"\buntil (?:it|they|i) bleeds?\b",
    # Intent stated around the act: arrangements for after one's death, means, a last time
    r"\bafter (?:my death|im dead|i am dead|i die|im gone)\b|\bbring (?:it )?about my ?self\b",
    r"\bplan\w* (?:my|an|the) exit\b",
    r"\b(?:family|wife|husband|kids|children|partner) (?:to |would |will )?(?:still )?get (?:the|my) (?:life )?insurance\b",
    r"\b(?:shot ?guns?|rifles?|pistols?|firearms?|handguns?)\b|\bus(?:e|ed|ing) (?:it|them|that|this) on my ?self\b",
    r"\b(?:take|need|enough) to (?:kill me|not wake up|make sure i dont wake up)\b",
    r"\bwr(?:ite|iting|ote|itten) (?:out )?(?:my )?(?:goodbye )?(?:notes|letters) (?:to|for) (?:every\w*|all|each|my (?:family|kids|children|daughters?|sons?|wife|husband|partner|parents|mum|mom|dad))\b"
    r"(?!(?: \w+){0,3} (?:for|on) (?:their|his|her|the|my|our|a) (?:\w+ )?(?:birthdays?|christmas|xmas|anniversar\w*|wedding|graduation|holidays?)\b)",
    r"\blike (?:it was|its|it is) the last time\b",
    r"\bif i (?:just )?(?:faded|slipped) away\b",
    # A death planned, a goodbye, a time set: short lines typed in a bad moment
    r"\bplann?ing (?:my|his|her) (?:own )?death\b|\b(?:take|taking|took) (?:my )?leave of (?:this|the) (?:world|earth|life)\b",
    r"\b(?:you|u)(?: all| guys)? (?:wont|will not|will never|never) (?:hear from|see) me again\b(?! (?:until|till|before|for|at|in|here|there|on|this|next|after))",
    r"\bin case (?:anyone|anybody|someone|people|you|they) (?:wonders?|asks?) why$",  # a note left behind
    r"\bmy late (?:wife|husband|partner|mum|mom|mother|dad|father|son|daughter)\b(?: \w+){0,2} (?:calling|calls) me\b",
    r"^(?:im )?(?:so )?sorry (?:mom|mum|mam|mummy|mommy|mama|dad|daddy|papa|kids)(?: (?:i love you|love you|for everything|forgive me))? (?:goodbye|bye|farewell)$",
    # not a relationship or a contract ended: "im ending it after the holidays, the relationship is over"
    r"^(?!.*\b(?:relationship|boyfriend|girlfriend|bf|gf|marriage|engagement|dating|lease|contract|subscription|membership|tenancy)\b)"
    r"(?:.*\b(?:im|i am) )?(?:\w+ )?ending it (?:all )?(?:after|before|once|tonight|tomorrow|today|this (?:weekend|week|evening|morning|afternoon)|on \w+day)\b",
    # Spanish, Portuguese, French, German, Italian: the words a person in crisis may fall back on
    r"\b(?:me )?quiero (?:morir|matar|suicidar)\w*|"
    r"\bme (?:quiero|voy a) (?:morir|matar|suicidar)\w*|\bmatarme\b|\bsuicidarme\b",
    r"\b(?:train|gaadi|truck|bus) ke (?:aage|neeche|niche) (?:kood|kud|lete|let)\w*",  # under a train (Hindi)
    r"\bpara no (?:volver a )?despertar(?:me)?\b|\bno (?:quiero )?(?:volver a )?despertar(?:me)? (?:nunca|mas|más)\b|\bquitarme la vida\b|\bno quiero (?:seguir )?vivir\b|\bacabar con (?:todo|mi vida)\b",
    r"\bquero (?:me )?(?:morrer|matar)\b|\bme matar\b|\btirar (?:a )?minha (?:propria )?vida\b|\bnao quero (?:mais )?viver\b|\bnão quero (?:mais )?viver\b",
    r"\bje veux (?:mourir|en finir)\b|\bd?en finir\b|\bmettre fin (?:a|à) (?:mes jours|ma vie)\b|\bme (?:tuer|suicider)\b",
    r"\bmich (?:umbringen|toten|töten)\b|\bumbringen\b|\bselbstmord\b|\bsuizid\w*|\bwill (?:nicht mehr leben|sterben)\b",
    r"\btogliermi la vita\b|\b(?:ammazzarmi|uccidermi|suicidarmi)\b|\bvoglio morire\b|\bfarla finita\b",
    # A question of dose or method that says it is meant: not to be brought back, the amount one has, one's
    # own size, the outcome wanted ("what's the dose where your breathing stops. i want dead not coma")
    # (not "they will not resuscitate me", a wish written in an advance directive)
    r"\b(?:(?:cant|cannot|can not|couldnt|nobody could|no one could) (?:bring me back|revive me)|"
    r"too late for (?:an? |the )?(?:ambulance|paramedics)|so (?:it|mine|that) (?:isnt|is not) survivable)\b",
    r"\bi want (?:dead|to be dead|it to (?:work|be quick|be painless|be permanent|be over|feel like))\b|\bi want it to$|"
    r"\b(?:this|it) (?:has|needs) to work\b|\b(?:so|make sure) (?:it|they|that) works? (?:the )?first time\b|\bmake sure it works\b",
    r"\b(?:kill|deadly|lethal|fatal)\b.*\b(?:my size|my weight|i weigh|(?:im|i am) the (?:woman|man|person|one|patient|lady|guy))\b|"
    r"\b(?:someone|a person|somebody) (?:my size|who weighs \d+)\b.*\b(?:kill|deadly|lethal|fatal)\b|"
    r"\b(?:deadly|lethal|fatal|kill)\b.*\b(?:checking|to check|make sure) (?:i have|ive got|i got) enough\b",
    # (not sessions: "I have 2 infusions booked, is that enough to know if it works?")
    r"\b(?:i have|ive got|i got|ive saved|i saved|saved up|stockpiled)\b(?: \w+){0,3} (?:\d+|enough|all|two|three|four|five|six|ten|twenty|thirty|fifty|a few|several)\b"
    r"(?! (?:more |left |booked |of (?:the |my )?)?(?:infusions?|sessions?|appointments?|treatments?|rounds?|courses?|visits?|boosters?|kids|children|questions?)\b).*"
    r"\b(?:is (?:that|it) enough|enough or|do i need more|would (?:that|it|they) (?:do it|be enough|kill)|"
    r"how (?:much|many)(?: \w+)? (?:would|will|does) it take)\b(?! to (?:know|tell|see|feel|work|get|qualify|make a|help|start))|"
    r"\bhow (?:much|many)(?: \w+)? (?:would|will|does) it take\b.*\b(?:ive|i have|i) (?:saved|stockpiled|kept back|hoarded)\b|"
    r"\b(?:take|taking|took) (\d+)\b(?: \w+){0,4} (?:i have|ive got|i got) \1\b",
    r"\b(?:options?|ideas|methods?|ways)\b.*\b(?:least painful|gentlest|kindest|most peaceful|seem kinder|be gentler)\b|"
    r"\b(?:a|the) (?:peaceful|painless|gentle) way\b(?=.*\b(?:linger|lingering|to die|to go|end (?:it|things))\b)",
    r"\b(?:coroner|inquest|post ?mortem|autopsy)\b.*\b(?:over me|because of me|my body|my arms|find me|finds me|found me)\b",
    # the hypothetical owned ("hypothetically me"), an amount that would kill the writer ("would 600mg of troches
    # kill me"), being found too late, whether anyone could tell afterwards that it was meant
    r"\bhypothetically,? (?:me|myself|its me|i mean me|asking for me)(?: lol| tbh| honestly| haha)?$|"
    r"\b\d+ ?(?:mg|g|ml|mcg|milligrams|troches?|lozenges?|tablets?|pills?|sprays?|doses?|of (?:them|these|those|my \w+))\b"
    r"(?: of)?(?: \w+){0,3} (?:would|will|could|to) (?:kill|be enough to kill|be lethal for|be fatal for) me\b",
    r"\b(?:if|when|by the time) (?:im|i am|i get|i was|i m) found\b.*\btoo late\b|"
    # who finds the writer, and when: "will anyone find me before 8", "who finds you. dont want my brother to be
    # the one", "how long would my body go undiscovered" (not "the clinic found me an earlier slot")
    r"\b(?:who|anyone|someone|somebody|nobody|no one|noone|she|he|they|mum|mom|dad|sister|brother|wife|husband|partner|kids|"
    r"son|daughter) (?:will |would |to |is going to |gonna |usually |that )?(?:find|finds|discovers?) "
    r"(?:me|my body|you|u)\b(?! (?:a|an|the|some|another|somewhere|something|anything|online|at|in (?:reception|the "
    r"(?:waiting|car|lobby|foyer|clinic|building|queue|corridor)))\b)"
    r"(?=.*\b(?:before|after|in time|till|until|first|the one|dont want|do not want|wouldnt want|rather|afterwards|"
    r"how long|morning|tonight)\b)|\b(?:my body|i) (?:would |will )?(?:go|stay|be|lie) undiscovered\b|"
    r"\bif (?:my \w+|she|he|they|someone|anyone|somebody) found me\b(?! (?:a|an|the|some|another)\b)|"
    r"\b(?:tell|know|find out|prove) afterwards (?:if|that|whether) it was (?:on purpose|deliberate|intentional)\b",
)

# An overdose or a medical emergency happening now, to the writer or to someone with them.
EMERGENCY = Patterns(
    # asked what an amount or a mix does, then told it was done, or a seizure asked about, then told of now:
    # "what happens if you take 10 lozenges? i just did", "does ketamine cause fits? my daughter is having one now"
    rf"\bwhat (?:happens?|would happen|will happen|could happen|if)\b.*\b(?:take|takes|took|swallow\w*|mix\w*|drink|drank|"
    rf"have|had)\b (?:\w+ )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|all|too|a whole|the whole|a handful|"
    rf"\w+ (?:and|with|plus)|with|and)\b.*\b(?:{PEOPLE}|i|he|she|they|we) (?:just|already) did(?: (?:it|that|this|so))?$",
    r"\b(?:fits?|seizures?|convulsions?|heart attack|stroke)\b.*\b(?:is|are|hes|shes|im|theyre) having (?:one|it|them) (?:right )?now\b",
    # bleeding badly, a gunshot wound: "grain auger caught my arm, bleeding bad", "hes shot in the leg"
    r"^(?!.*\b(?:cut|cuts|cutting|self ?harm\w*)\b).*\bbleeding (?:bad|badly|a lot|heavily|everywhere|loads|like crazy|through)\b|\b(?:been|got|is|hes|shes|im|was) shot (?:in|through) (?:the|his|her|my)\b",
    # hard to wake and breathing that rattles, lips gone bluish: "hes been hard to wake for the last hour and
    # his breathing's kind of slow and rattly", "my lips and fingertips have gone bluish"
    r"\b(?:been|is|hes|shes|theyre|so|really|very) hard to (?:wake|rouse)\b",
    r"\b(?:not be able to|not able to|unable to) breathe\b(?= (?:after|since) (?:the|my|this|that) (?:lozenge|infusion|dose|spray|session|treatment|troche)| (?:right )?now)",
    r"\bbreathing(?: is|s)? (?:\w+ ){0,3}(?:rattl\w*|gurgl\w*)\b|\b(?:rattly|rattling|gurgling) breath\w*\b",
    r"\b(?:lips|fingertips|fingers|fingernails|face|skin)\b(?: and (?:\w+ )?(?:lips|fingertips|fingers|fingernails|face|skin))? (?:have |has |are |is |look |looks )?(?:gone |going |turned |turning )?(?:a bit |kind of |kinda |slightly |quite )?(?:bluish|blueish|blue ish)\b",
    r"(?:^|\b(?:im|i am|hes|shes|he is|she is|theyre|is|am) )having (?:a |an )?(?:really |very |severe |serious |bad )*(?:bad|severe|serious|allergic) reaction\b",
    r"\b(?:cant|cannot|can not|couldnt) get (?:any |enough )?air(?: in)?\b|\blike (?:im|i am|hes|shes) drowning\b",
    r"\bchest (?:is |feels |has gone |went |gone |getting |got )?(?:really |very |so |all )?tight\b|\btight chest\b",
    r"\bbreathing (?:is |has gone |got |gone |feels |getting )?(?:really |very |so )?(?:shallow|laboured|labored|rattly|gurgling)\b",
    r"\b(?:face|mouth|smile)\b(?: \w+){0,4} (?:droop\w*|gone numb|went numb|numb on one side)\b|\bspeech (?:is |has gone |gone |went |getting )?(?:all |really |very )?slurred\b|\bslurring (?:my|his|her|their) (?:words|speech)\b",
    r"\b(?:vomit\w*|throw\w* up|threw up|coughing up|cough\w* up|being sick)\b(?: \w+){0,6} blood\b",
    r"\b(?:fell|fallen|collapsed)\b(?: \w+){0,6} (?:cant|cannot|can not|couldnt) get (?:back )?up\b",
    r"\b(?:taken|took|swallowed|downed) (?:about |around |like |maybe |over |nearly |almost )?(?:[89]|[1-9]\d+|ten|twelve|fifteen|twenty|thirty|forty|fifty|a (?:whole |full )?(?:bottle|packet|pack|box|handful|strip)(?: of)?) "
    r"(?:\w+ )?(?:pills|tablets|capsules|meds|paracetamol|acetaminophen|tylenol|ibuprofen|advil|aspirin|codeine|gabapentin|oxy\w*|tramadol|morphine|sleeping pills|lozenges|troches)\b",
    # taken already, on purpose or not: 911 first (the emergency reply names 988 for an overdose on purpose)
    rf"\b(?:took|swallowed|taken) (?:them |those |these |my {PILLS} |the {PILLS} |it )?all\b(?! (?:day|week|weekend|morning|afternoon|evening|night|year|summer|winter|spring|autumn|month|the time|along|together))",
    r"\b(?:son|daughter|child|kid|baby|toddler|grandson|granddaughter|boy|girl)\b(?: \w+){0,5} (?:eat|eats|ate|eaten|swallow\w*|took|take|taken|drank|drink|got into|chewed)\b"
    r"(?: \w+){0,6} (?:pills?|tablets?|medicine|meds|lozenges?|troches?|ketamine)\b",
    r"\b(?:swollen|red|hot|pus)\b.*\bfever\b|\bfever\b.*\b(?:shaking|shivering|rigou?rs)\b",
    r"\b(?:breathed|inhaled|breathing|breathe) (?:in )?(?:\w+ ){0,2}(?:fumes|gas|smoke|chemicals?|carbon monoxide)\b",
    r"\bbleeding\b(?: \w+){0,8} (?:dont|doesnt|wont|will not|cant|cannot|not) stop\w*\b|\b(?:cant|cannot) stop (?:the )?bleeding\b|"
    r"\b(?:it|wound|cut|arm|wrist|leg|head)s? (?:wont|will not|doesnt|does not|isnt|cant|cannot) stop(?:ping)? bleeding\b",
    r"\b(?:its|it is|blood is|blood) (?:spurting|pouring out|gushing)\b|\b(?:cant|cannot|can not) (?:get|make) (?:it|the bleeding) (?:to )?stop\b",
    r"\b(?:eyes|skin) (?:have |has |are |is )?(?:gone|turned|turning|going) yellow\b",
    r"\b(?:cant|cannot|can not|couldnt) (?:feel|find|get) (?:a|his|her|their|any) pulse\b",
    r"\b(?:carbon monoxide|co|gas) alarm (?:is |keeps |has been |started |went )?(?:going off|beeping|sounding|ringing)\b",
    r"\b(?:lips|face|skin|fingers) (?:look|looks|are|is|have gone|has gone|gone|turned|turning) (?:\w+ )?(?:dusky|grey|gray|purple)\b",
    r"\b(?:taken|taking|took|been taking|had|swallowed) (?:far |way |much |a lot )?too many (?:paracetamol|tylenol|acetaminophen|panadol|co ?codamol)\b",
    r"\b(?:vomit|vomiting|throwing up|being sick)\b(?: \w+){0,6} (?:cant|cannot|can not|wont|not) stop\b",
    r"\b(?:now )?i (?:cant|cannot|can not) move (?:my (?:body|legs|arms|face)|at all)\b",
    rf"\b(?:drinking|taking|swallowing|downing) (?:\w+ ){{0,2}}(?:{ALCOHOL}|{DRUGS}) (?:with|and|plus|on top of) (?:all |the |my |some )*(?:\w+ )?(?:{ALCOHOL}|{DRUGS})(?: \w+){{0,2}} (?:now|right now)$",
    # the ketamine bladder gone bad: blood in the urine with a fever
    r"\b(?:fever|chills|temperature of)\b.*\b(?:peeing|passing|pee|peed|urinating) (?:\w+ )?blood\b|\b(?:peeing|passing|urinating) (?:\w+ )?blood\b.*\b(?:fever|chills)\b",
    r"\b(?:fever|chills)\b.*\bblood (?:in|clots in) (?:my |the )?(?:pee|urine|wee)\b|\bblood (?:in|clots in) (?:my |the )?(?:pee|urine|wee)\b.*\b(?:fever|chills)\b",
    # an allergic reaction closing the airway; blood that spurts
    r"\bthroat (?:is |feels |feel )?(?:tight|closing|closing up|swelling|swollen)\b.*\b(?:wheez\w*|breath\w*|lips|tongue|swell\w*|hives|rash)\b|"
    r"\b(?:wheez\w*|lips|tongue|hives|rash)\b.*\bthroat (?:is |feels |feel )?(?:tight|closing|closing up|swelling|swollen)\b|\b(?:lips|tongue|face) (?:is |are |keeps )?(?:swelling|swollen|puffing up)\b",
    r"\bblood (?:is )?(?:spurting|pouring|gushing|pumping)\b|\b(?:spurting|pouring|gushing|pumping) blood\b|\bsoaked (?:through )?(?:with|in) blood\b",
    r"\b(?:peeing|passing|urinating) (?:\w+ )?blood\b.*\b(?:insane|agony|unbearable|excruciating|screaming|worst)\b"
    r"|\b(?:insane|agony|unbearable|excruciating|screaming)\b.*\b(?:peeing|passing|urinating) (?:\w+ )?blood\b",
    r"\bnow (?:she|he|they|my \w+)\b(?: \w+){0,8} (?:not|wont|cant|doesnt|does not|will not|can not|cannot) (?:wake|waking|respond\w*)\b",
    r"\b(?:my|his|her|their) heart (?:is|keeps|feels like its|feels like it is) (?:stopping|giving out)\b(?!.*\b(?:lol|lmao|haha|jk)\b)",
    rf"\b{PEOPLE} (?:overdosed|odd|od d|has od|have od)\b",
    rf"\b(?:took|taken|had|used|swallowed|ate|sprayed) (?:an? |some |two |three |my |his |her )?(?:extra|double|another|a second|more|second) "
    rf"(?:\w+ )?(?:{DRUGS}|doses?)\b",
    rf"\b(?:took|taken|had|drank|drunk|mixed|used|swallowed)\b.*\b(?:{ALCOHOL}|{DRUGS})\b.*\b(?:with|after|on top of|and|plus)\b(?: \w+){{0,3}}? "
    rf"(?:ketamine|infusion|lozenges?|troches?|spray|{ALCOHOL}|opioids?|oxy\w*|morphine|fentanyl|benzos?|xanax|valium)\b"
    r".*\b(?:now|feel\w*|weird|dizzy|sleepy|drowsy|sick|dangerous|bad|wrong|scared|help|is that|should i|confused|vomiting)\b",
    rf"\b(?:{ALCOHOL}|{DRUGS})\b.*\bplus\b.*\b(?:{ALCOHOL}|{DRUGS})\b.*\b(?:confused|vomiting|dizzy|drowsy|cant|weird)\b"
    rf"|\b(?:confused|vomiting|dizzy|drowsy|cant|weird)\b.*\b(?:{ALCOHOL}|{DRUGS})\b.*\b(?:plus|and|with)\b.*\b(?:{ALCOHOL}|glasses of wine|{DRUGS})\b",
    r"\boverdosed\b|(?<!people )(?<!end up )(?<!ends up )(?<!ended up )\boverdosing\b",  # not "is that how people end up overdosing?"
    r"\bi (?:think|thought|might|may|probably|prob) (?:i |ive )?(?:have |just )?(?:od|odd|od d|oded)\b"
    r"(?! on (?:\w+ )?(?:chocolate|coffee|sugar|caffeine|sweets|candy|cake|netflix|tv)\b)",
    r"\boverdose\b.*\b(?:help|please|i think|urgent)\b|\boverdose\b(?: \w+){0,6} now\b|\b(?:help|please)\b.*\boverdose\b",
    r"\b(?:is |s |hes |shes |on the floor |started )fitting\b|\bfitting(?: help|$)",
    # falling, or a reading under 90 close after it ("oxygen was 99" is normal, "the oxygen mask on for 5 minutes" no reading)
    r"\b(?:sats|oxygen|o2|saturation)\b.*\b(?:dropping|falling|low)\b|\b(?:sats|oxygen|o2|saturation)(?: \w+){0,3} [1-8]\d\b",
    r"\bgone (?:grey|gray|white|pale)\b",
    r"\b(?:blood pressure|bp)\b(?: \w+){0,3} (?:2\d\d|1[89]\d)\b|\bheart rate (?:is )?(?:1[5-9]\d|2\d\d)\b",
    r"\b(?:baby|toddler|kid|child|son|daughter|grandson|granddaughter|dog|puppy|cat|kitten)\b.*\b(?:ate|eaten|swallowed|got into|chewed|chewing|sucked|sucking|licked|drank)\b.*"
    rf"\b(?:{DRUGS}|medicine|gummies|solution)\b",
    r"\bcant stop (?:vomiting|throwing up|shaking|twitching)\b",
    r"^(?:an? )?(?:overdose|overdosed|od)$|\b(?:everythings|everything is|my vision is|vision is|vision) going (?:dark|black)\b",
    r"\b(?:shes|hes|theyre|she is|he is|they are|(?:his|her|their) (?:lips|face) (?:is|are)) (?:going |turning |gone )?(?:blue|grey|gray)\b"
    r"(?=.*\b(?:what do i do|what should i do|help|911|999|ambulance|not breathing|wont wake|cant wake)\b)",
    r"\b(?:drank|drunk|swallowed|downed)\b(?: \w+){0,4} (?:bleach|cleaner|cleaning (?:fluid|product|liquid)|antifreeze|weed ?killer|white spirit|turps|"
    r"dishwasher (?:tablets?|liquid)|the wrong bottle)\b",
    r"\b(?:pills?|tablets?|lozenges?|troches?|medicines?|meds|organi[sz]er)\b.*\b(?:baby|toddler|kid|child|grandson|granddaughter|son|daughter)\b.*"
    r"\b(?:(?:was|were|is|are|been|just) (?:eating|chewing|sucking|swallowing)|(?:has|have|had|just) (?:eaten|swallowed|chewed)|ate) (?:them|some|one|a few|two|three)\b",
    r"\b(?:swallowed|took|taken|had|used) (?:my|his|her|the|a) (?:whole|entire)\b(?! (?:\w+ )?(?:bar|room|crowd|team|family|house|place|thing|class|office|street|world)\b)(?! (?:day|night|week|weekend|time|evening|afternoon|morning)\b(?! of))|\ball at once\b|\b(?:took|swallowed|taken) (?:them|it|\w+ \w+) at once\b",
    # Spanish
    r"\bno (?:despierta|respira|responde|reacciona)\b|\bsobredosis\b|\bconvulsi\w+|\bse tom[oó] (?:mis |sus |las |todas )",
    r"\bworst headache\b|\bslurring\b|\bcant see out of\b|\bface (?:is )?drooping\b",
    r"\bchest (?:is )?(?:really |very |so )?(?:tight|hurting|crushing|heavy)\b",
    r"\b(?:very|really|so|extremely) (?:drowsy|sleepy)\b.*\b(?:took|taken|ate|eaten|swallowed|pills|lozenges)\b",
    r"\b(?:took|taken|ate|eaten|swallowed)\b.*\b(?:very|really|so|extremely) (?:drowsy|sleepy)\b",
    r"\bcant feel (?:my )?legs\b|\bfeel (?:really )?faint\b",
    r"\bhit (?:his|her|my|their) head\b",
    r"\b(?:vomiting|throwing up) and confused\b|\bconfused and (?:vomiting|throwing up)\b",
    r"\b(?:face|lips|tongue|throat) (?:has |have )?(?:started )?swelling\b|\bthroat (?:is )?tight\b",
    r"\bwhole (?:weeks?|months?) (?:supply|worth)\b",
    r"\btook (?:too|to) (?:many|much)\b",
    r"\b(?:cant|cannot|can not|havent been able to|unable to|not able to) (?:pee|urinate|wee|pass urine)\b",
    # no urine for hours, or a bladder too painful to empty: "not peed in 20 hours", "havent been able to go all day"
    r"\b(?:not|havent|hasnt|have not|has not) (?:peed|weed|urinated|passed urine|had a wee|had a pee)\b(?: \w+){0,2} "
    r"(?:in|for|since|all) (?:\d+|an?|the|hours|ages|yesterday|this|last|day|night|morning)\b|"
    r"\b(?:havent|hasnt|have not|has not|not) been able to go\b(?=.*\b(?:bladder|pee|wee|urin\w*)\b)|"
    r"\bbladder\b(?=.*\b(?:havent|hasnt|cant|cannot|not) (?:been able to )?(?:go|empty|pee|wee)\b)",
    r"\bpain (?:behind|in|under|across) (?:my|his|her|their|the) (?:breastbone|sternum)\b",
    r"\btaken an overdose\b",
    r"\b(?:has|have|ve|ive|s|just) taken (?:an overdose|\d+|all|everything|a load|too many|too much|loads)\b",
    r"\b(?:turning|gone|going|turned) blue\b|^(?:help|please help|help me)(?: please)? (?:hes|shes|theyre|he is|she is|they are|my \w+ is) (?:blue|grey|gray|purple|not breathing|fitting|seizing)\b",
    # All of something swallowed, and when: "my mother take all the pills in the box one hour ago"
    rf"\b(?:take|took|taken|swallow\w*)\b(?: \w+){{0,2}} (?:all|every|the whole|the lot|too many|loads)\b(?: \w+){{0,3}} "
    rf"(?:{PILLS}|box|packet|pack|bottle|strip|lozenges|troches)\b(?: \w+){{0,8}} (?:an? |one |two |three |\d+ |half an? )?(?:hours?|minutes?|mins?) ago\b",
    r"\btook (?:my whole|the whole|a whole|all|everything|every|a load of|a bunch|a handful|loads|way too|too many|too much|"
    r"an overdose|\d+)\b"
    r"(?! (?:\w+ )?(?:min\w*|secs?|seconds?|hours?|hrs?|days?|weeks?|months?|years?|summer|winter|spring|autumn|morning|afternoon|"
    r"evening|night|weekend|ages|forever|long|the time|my time|precautions|steps|photos|pictures|questions|courage|strength|effort|goes|attempts|tries)\b)",
    r"\bswallowed (?:some|a |the |\d+|a full|everything|all|loads|a load|a bunch|a handful|a bottle|a whole)",
    r"\binjected (?:way )?(?:more|too much)\b",
    r"\btook (?:my|the|his|her) dose twice\b|\bdouble dosed\b",
    r"\b(?:cant|can not|cannot|couldnt|could not|unable to|struggling to|hard to|trouble|difficulty) "
    r"(?:breathe|breath|breathing|swallow)\b(?! (?:through|out of) (?:my|his|her|their|the) nose\b)",
    r"\b(?:not|isnt|stopped|stopping|stops|barely|no longer) breathing\b|\bno breathing\b(?! (?:problems?|issues?|trouble|difficult\w*|exercises?)\b)",
    r"\bbreathing (?:feels |is |has |seems )?(?:really |very |so )?(?:slow|shallow|weird|funny|stopped|rattly)\b",
    r"\bbreathings? (?:has |have )?(?:gone|going|got|getting|turned) (?:all |really |very |so )?(?:slow|shallow|weird|funny|rattly|noisy)\b",
    r"\bno pulse\b|\b(?:can|could|am) (?:barely|hardly) (?:breathe|breath|breathing|swallow|stay awake)\b",
    r"\b(?:lips|face|mouth|skin|fingers) (?:are |is |look |looks |looking |seem |seems )?(?:a bit |kind of |kinda |quite |very |really )?(?:going |turning |gone |turned )?blue\b",
    r"\bblue around the (?:mouth|lips)\b",
    r"\b(?:going|went|gone) limp\b",
    r"\beyes (?:are )?rolling\b",
    r"\bfoaming at the mouth\b",
    r"\bchoking\b",
    r"\b(?:vomiting|throwing up|coughing up) blood\b",
    rf"{NOT_WISHED}\b(?:not|isnt|wont|stopped|is not|barely|hardly|not really) (?:responding|answering|moving|waking|conscious)\b(?! (?:when i call|the phone|my calls|calls|emails|messages|texts))",
    r"\b(?:took|taken|had|used|swallowed|ate|eaten) (?:way |far |much |a lot )?(?:more|too much|too many)\b"
    r".*\bthan (?:\w+ )?(?:should|was supposed|were supposed|prescribed|meant|allowed)",
    rf"\bwont wake\b|\bwill not wake\b|\b(?:cant|cannot|can not|couldnt|could not) wake (?:him|her|them|my|up)\b|{NOT_WISHED}\bnot waking up\b",
    r"\bunresponsive\b|\bunconscious\b",
    r"\bslumped\b",
    r"\bcant (?:stay|keep) awake\b",
    r"\b(?:collapsed|fainted|passed out|blacked out|blacking out|keeled over)\b",
    r"(?<!nearly )(?<!almost )\b(?:having|had|has|is having) a (?:seizure|fit|heart attack|stroke)\b",
    r"\bseizing\b|\bconvuls\w*|(?<!asleep and )(?<!sleeping and )\btwitching\b(?!.*\bdream)|\bseizures?\b",
    # what a seizure looks like: "now jerking limbs, eyes rolled back"
    r"\b(?:eyes?|pupils) (?:have |are |keep |kept )?(?:rolled|rolling|rolls|roll|rolled up|going) (?:back|up)\b|"
    r"\bjerking (?:limbs|arms|legs|all over|uncontrollably)\b|\b(?:limbs|arms|legs) (?:are |keep |started )?jerking\b",
    r"\bface (?:has )?(?:dropped|drooping)\b|\bslurred\b",
    r"\bchest (?:pain|pains|hurts|hurting|is hurting|has been hurting|tight|tightness|is tight|is crushing)\b",
    r"\barm (?:is |has gone |went )?numb\b",
    r"\bheart (?:pound|pounds|race|races|beat so|beats so)\b(?! (?:a bit |a little |slightly )?(?:when|if|after|during))|"
    r"\bheart (?:is |keeps |has been )?(?:going|racing|pounding|skipping|beating|thumping) "
    r"(?:like|so|crazy|really|too|\d+|out of|fast|and)\b",
    r"\bheart is going crazy\b",
    r"\b(?:feel like|think|feels like) (?:im|i am) dying\b",
    r"\btrying to jump\b|\brunning into (?:the )?traffic\b|\bjump out (?:of )?(?:the |a )?window\b",
    r"\bclimb\w* (?:over|off|onto) the (?:balcony|ledge|roof|railing)\b",
    r"\banaphyla\w*",
    r"\bthroat\b.*\b(?:closing|swelling|swollen)\b",
    r"\b(?:lips|tongue|face) (?:are |is )?swell\w*",
    # "dads slumped in his chair and hes gone a horrible colour", "her throat feels fat since the spray"
    r"\bslumped (?:over|in|on|against|across)\b|\b(?:gone|turned|going|turning) (?:a )?(?:horrible|funny|weird|strange|awful|odd|deathly|scary) "
    r"(?:colou?r|shade|grey|gray|blue|white)\b",
    r"\bthroat (?:feels?|is|feeling|going|gone) (?:\w+ )?(?:fat|thick|tight|tiny|narrow|closed)\b",
    # (not "i dont want to call an ambulance for nothing", a worry about calling one when it is not needed)
    r"(?<!dont want to )(?<!not want to )(?<!didnt want to )\b(?:call(?:ed|ing)?|get|getting|need|needs|send|sent|"
    r"waiting for|wait for) (?:an |the )?ambulance\b(?! for nothing)|\bambulance (?:is|s) (?:coming|on (?:its|the) way|here)\b",
    r"\bmedical emergency\b|\bthis is an emergency\b",
    r"\bnot moving\b|\b(?:he|she|they) (?:dont|doesnt|does not|wont|will not|cant|cannot) move\b",
    r"\b(?:pain|pressure|tightness|heaviness) in (?:my|his|her|the) chest\b|\bspreading (?:to|into|down|up) (?:my|his|her) (?:jaw|arm|neck|back)\b",
    r"\b(?:im|i am|a bit|very|really|so|feel|feeling|getting|got|hes|shes|is) short of breath\b",
    r"\b(?:not|isnt|stopped) making (?:any )?sense\b|\b(?:dont|doesnt|didnt) know (?:what day|where (?:i|he|she) (?:am|is)|who (?:i|he|she) (?:am|is))\b",
    r"\bpassing out\b",
    r"\bfeel(?:s|ing)? like (?:im|i am|hes|shes|he is|she is|i m) (?:going to|gonna|about to) (?:die|pass out|collapse)\b",
    r"\b(?:now )?(?:she|he|they|mum|mom|dad|mother|father|husband|wife|son|daughter)\b(?: \w+){0,2} (?:not|wont|cant|cannot|doesnt|does not|will not) (?:wake|wake up|waking|respond|responding|breathe|breathing)\b",
    r"\b(?:drank|drunk|swallowed|ate|eaten|chewed|licked|sucked on|got into)\b(?: \w+){0,3} (?:bleach|cleaner|cleaning|detergent|dishwasher|laundry|pods?|antifreeze|weed ?killer|"
    r"pesticide|rat poison|paint thinner|batter(?:y|ies)|something (?:from|under|in) (?:under )?the (?:sink|cupboard|shed|garage))\b",
    r"\b(?:blood|bleeding) (?:wont|will not|isnt going to|doesnt|does not) stop\b|^bleeding (?:really |so |very )?(?:bad|badly|heavily)\b",
    r"\b(?:he|she|they|hes|shes|friend|mate|husband|wife|partner|mum|mom|dad|son|daughter|baby|face|lips|skin) (?:has |is |just )?(?:turned|turning|gone|going|went) (?:grey|gray|ashen)\b",
    r"\b(?:pulse|heartbeat) (?:is )?(?:barely there|very weak|so weak|really weak|faint)\b|\b(?:cant|cannot) (?:find|feel) (?:a|his|her|their|my) pulse\b",
    r"\bcrushing (?:feeling|pain|pressure|weight|sensation|tightness) (?:in|on|across) (?:my|his|her|the) chest\b",
    r"\bbreathing (?:keeps|kept) (?:stopping|pausing)\b|\bkeeps? (?:stopping|pausing) breathing\b",
    r"\b(?:only|just|about|like|barely) (?:[1-8]|one|two|three|four|five|six|seven|eight) breaths? (?:a|per|every|each) minute\b",
    # more than the dose taken, and unwell with it now: "had 3x my normal dose by accident and my legs wont work"
    r"\b(?:\d+ ?x|twice|double|doubled|doubling|triple|tripled|three times|way more than|far more than|more than) "
    r"(?:my |the |his |her |their )?(?:normal |usual |prescribed )?(?:dose|amount|prescribed)\b.*"
    r"\b(?:cant (?:sit|stand|walk|feel|breathe|stop)|wont (?:work|move|stop)|keep being sick|throwing up|vomiting|"
    r"(?:heart|hearts|heart is) (?:pounding|racing)|floppy|cant wake|wont wake)\b",
    r"\balready (?:have|had|did|took)\b(?: \w+){0,3} (?:a lot|loads|lots|too much|plenty|a load)\b.*"
    r"\b(?:keep being sick|cant (?:sit|stand|get) up|throwing up|vomiting)\b|"
    # a dose forgotten and taken again, unwell now: "forgot id already had my evening troche and took another"
    r"\balready (?:had|taken|took)\b.*\b(?:took|taken|had) (?:another|them again|it again|more|a second)\b.*"
    r"\b(?:been sick|vomiting|throwing up|cant (?:stand|sit|get) up|spinning|drowsy|cant wake)\b",
)

# Emergency words that also appear in ordinary questions ("can ketamine cause seizures?").
GENERAL_QUESTION = Patterns(
    # (not a plea: "what do i do my wife collapsed", though "what do i do if" or "about" asks ahead)
    r"^(?!what (?:do|should|can|shall|must) (?:i|we) do\b(?! (?:if|when|in case|about|after|before|with|to)\b))"
    r"(?:can|could|does|do|is|will|would|might|may|what|how|why|are|should|has|have|whats)"
    r"(?: \w+)?(?: \w+)? (?:ketamine|it|you|u|your|one|people|someone|anyone|patients|a person|the|they|infusions?|"
    r"this|that|there|i|if)\b",
    r"\bhow (?:do|can|would|will) (?:you|u|i|we|they) (?:tell|know|spot|recognise|recognize)\b|\bwill it (?:feel|be|look) like\b",
    r"^(?:risks?|chances?|likelihood|odds|dangers?) of\b",
)
PAST = Patterns(
    r"\b(?:back in (?:\d{4}|college|school|uni|high school|my \w+|the day|january|february|march|april|may|june|july|august|september|october|november|december|the (?:spring|summer|autumn|fall|winter))|in (?:college|high school|secondary school|middle school|uni)|after (?:months|years|weeks) of|before that\b|there (?:were|have been) (?:times|days|moments|nights)|there was a time|over the years|(?:from|between) (?:19|20)\d\d\b|ended up in (?:the )?(?:er|a&e|ed|hospital|emergency room)\b|when (?:my|his|her|our) \w+ (?:was|were) (?:\d+|young|little|small|a (?:kid|child|teen\w*|baby))\b|before (?:i|we) started (?:with|on|the|ketamine|treatment|infusions|here)|before (?:coming|i came|we came|she came|he came) (?:here|to you|to your clinic|to the clinic)|for (?:about )?(?:an|a|one|two|\d+) (?:hour|hours|minutes?|mins?) (?:after|afterwards)\b|then (?:(?:i|he|she|they|we) (?:was|were) )?(?:all |totally |completely )?(?:fine|ok|okay|alright|normal|back to normal)\b|long behind me|in (?:19|20)\d\d|years? ago|years back|months ago|before (?:many|\d+|two|three|four|five|six|seven|eight|nine|ten) years|in (?:nineteen|two thousand)\b|during (?:my|the|his|her|those|our) (?:worst|darkest|hardest|bad|lowest) (?:\w+ )?(?:years?|days|times|period|months|patch|spell)|(?<!than )(?<!like )(?<!happen )(?<!happened )last (?:year|month|week|time|session|infusion|term|semester|christmas|easter|summer|winter|spring|autumn|fall)|past (?:suicide )?attempts?|that was (?:before|years ago|a long time ago|in \d{4})|as a (?:kid|child|teen\w*)|"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several) (?:years?|yrs?|months?) since|when (?:i|he|she|they|we) (?:was|were) (?:\d+|young|younger|little|small|a (?:kid|child|teen\w*|student|baby))|in (?:my|his|her|their) (?:teens|twenties|thirties|forties|fifties|\d0s)|when i was|used to(?! (?:it|them|this|that|the|being|having|\w+ing)\b)|in the past|grew up|growing up|in (?:the )?(?:sixties|seventies|eighties|nineties|\d0s|\d{4}s)|once (?:passed out|fainted|blacked out|collapsed|had a seizure|overdosed|took|swallowed|drank|mixed)|history of|(?:a )?long time ago|ages ago|(?:long|years|well) before (?:we|i|my|the|he|she)|before (?:my|the) (?:kids|children|son|daughter) (?:was|were) born|in (?:my|her|his|their) (?:teens|twenties)|prior (?:suicide )?attempt|behind (?:me|her|him|us|them)|during (?:my|the|his|her) (?:first|second|third|last|previous|earlier) (?:session|infusion|treatment)|\d+ ?(?:years?|yrs?|months?|mos) ago|(?:many|several|a few|some|two|three|four|five|ten) years (?:ago|back)|as a (?:small |young |little )?(?:kid|child|teen\w*|baby|toddler|student)|yrs ago|in my (?:teens|twenties|thirties|forties|\d0s)|previous(?:ly)?|once had|had (?:a|one) (?:few|couple)(?! (?:of )?(?:glass|drink|beer|pint|shot|wine|cider|vodka|gin|whisk|unit|can|bottle|tin)\w*\b)|"
    r"(?:passed out|fainted|blacked out|collapsed|had a seizure|overdosed|reaction)(?: \w+){0,5} once|once (?:after|before|when|while|getting|during))\b",
    r"\b(?:self ?harm|sh|cutting) scars\b|\bscars from (?:self ?harm|cutting|sh)\b",  # scars are of a time past
    # "back then", an age ("tried at 22, 31 now"), the time before the treatment, and what has happened before
    r"\b(?:back then|in those days|those days|the old days|once upon a time)\b|\b(?:that|this|it) (?:was|happened) (?:in |back in )?(?:19|20)\d\d\b|"
    r"\b(?:at|aged|age) (?:1[3-9]|[2-9]\d)\b(?! ?(?:\d|am|pm|hrs|hours|oclock|tonight|today|this|mg|pills|tablets|lozenges|degrees))|"
    r"\bbefore (?:the|my|his|her|their|all the) (?:infusions|treatments|sessions)\b|"
    r"\b(?:has|have|hes|shes|ive|weve|theyve) (?:(?!never )\w+ )?(?:had|been|done|taken|overdosed|passed out|fainted|"
    r"collapsed|tried|attempted|cut|harmed|odd)\b(?: \w+){0,4} before$",
)
RECOVERED = Patterns(
    r"\b(?:in remission|thriving|doing great|feeling (?:great|good|amazing|much better)|feel (?:great|good|amazing)|havent felt (?:that|it|like that|this) in (?:ages|years|months|a long time)|"
    r"(?:thoughts?|that|it|they) (?:stopped|ended|went away|passed) (?:when|after|once|years|long)|(?:a )?long time ago|(?:oxygen|sats|heart rate|it) (?:was|were) (?:fine|perfect|normal)|old scars|"
    r"(?:years?|months?) since (?:i|he|she|they|we) (?:stopped|quit|last)|nothing since|none since|not since|never again|no problems? since|no issues since|well controlled|under control now|"
    r"good place|(?:im|i am) (?:well |long |so )?past (?:that|it|those \w+)|now i am (?:\d+ )?(?:and )?(?:very |so |really )?(?:happy|good|fine|well|ok|okay|healthy)|(?:very |so |really )happy (?:now|with my|these days)|(?:much |a )?better place|stable now|(?:im|i am|hes|shes|he is|she is) (?:now )?stable|doing (?:so |much |a lot |way |really |very )*(?:well|better|ok|okay|fine)|in recovery|better now|fully recovered|scans? (?:were|was|came back) (?:clear|normal|fine)|pain free|back (?:at|to) work|got me (?:help|the help)|found the right (?:meds|medication|treatment|doctor|neurologist|help|pain plan)|fog lifted|(?:thoughts?|urges?|feelings?) (?:have been |are |have |had )?(?:gone|went away|stopped|lifted) (?:for|since)\b|(?:now,? healthy|healthy now|(?:is|shes|hes|theyre|im) (?:now )?(?:healthy|thriving))\b|(?:the )?(?:treatment|ketamine|infusions?|it) (?:is|are|has been|have been) (?:really |finally |actually )?(?:working|helping)\b|(?:i|he|she|they) (?:dont|do not|doesnt|does not) (?:anymore|any more|as much|as often)|(?:things are|its|im|i am) (?:slowly |finally |really )?getting better\b|(?:im|i am) (?:really |quite |so |very )?hopeful\b|(?:completely |totally )?back to normal\b|\bit passed\b|havent had (?:one|any|them|it|that) (?:in|for) (?:\w+ )?(?:months|years|weeks)\b|(?:im|i am|feel|feeling) (?:so |much |a lot |way )+better|no longer|not any ?more|recovered|"
    r"(?:pulled|dragged|got|brought) me (?:out of it|out of that|through it)|(?:been|doing|felt) (?:well|fine|good|great|ok|okay|stable|content|happy) for (?:a long time|ages|years|a while|decades)|"
    r"(?:got|have got|ive got|i have) my life back|havent (?:\w+ )?(?:for|in) (?:years|decades|ages|a long time)|was (?:fine|ok|okay|alright) after (?:hospital|the hospital|a night|treatment)|stable for|been stable|well for years|(?:now )?(?:i am|im) (?:fine|well|ok|okay)|sober|clean (?:for|since)|(?:i am|im) clean\b|clean (?:for )?(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|many) (?:years?|yrs?|months?)\b|now (?:he|she|they) (?:is|are) (?:fine|ok|okay|well|good)|now is finish\w*|"
    r"(?:totally|completely|perfectly) fine|all fine now|(?<!not )(?<!never )(?:fine|ok|okay) now|(?:i|he|she|they) (?:was|were) (?:fine|ok|okay|alright)|no harm done|havent (?:done|had) (?:that|it|one|any) since|on different meds now|(?:hes|shes|theyre|he is|she is|they are|were) fine now|behind me|turned (?:things|it|my life) around|(?:pulled|got|saw) (?:me|him|her|us) through|(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|many) (?:years?|months?|yrs?) clean|(?:hasnt|has not|havent|have not) happened (?:again|since)|off (?:opioids|them|it|the \w+) now|"
    r"no (?:problems?|issues?|trouble) (?:for|in) (?:many |a few |several |\d+ )?(?:years|decades|a long time)|(?:got|have|found) (?:some |my |a bit of )?hope back|"
    # a habit not kept up for years, a different person, a life saved or given back, a year out from the
    # worst, well or fine ever since, well for years told in words, thanks
    r"(?:havent|hasnt|have not|has not) (?:\w+ )?in (?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several) years|"
    r"(?:a |totally |completely )?different person|saved my life|(?:\d+|a|one|two) (?:yrs?|years?|months?) out from|"
    r"(?:been|was|were) (?:well|fine|good|ok|okay|stable|healthy|happy) (?:ever )?since|"
    r"(?:been|doing|felt) (?:well|fine|good|great|ok|okay|stable|content|happy) for (?:nearly |almost |over |about |more than )?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|many|several) (?:years|decades)|"
    r"(?:cant|cannot|can not) thank (?:you|you all|the \w+|them|your \w+) enough|(?:smiling|laughing) again|(?:got|has|have) (?:her|his|their) life back|"
    r"(?:they|doctors?|the hospital|the nurses?|paramedics) (?:fixed|fix|sorted|treated|saved) (?:me|him|her|them)(?: up)? (?:quick\w*|fast|fine|right away|straight away|in time))\b"
)
RESEARCH = Patterns(
    r"\b(?:just curious|out of curiosity|purely curious|im curious|research\w*|stud\w*|paper|assignment|homework|essay|awareness|school project|documentary|novel|coursework|exam|lecture|pharmacology|pharm class|nursing|article|dissertation|trials?|patients|screen\w*|prevention|risk|"
    r"(?:used|use|approved|effective|work|works|help|helps|treat|treats|treating|treatment|therapy|licensed) (?:(?:for|with|of|in) )?(?:\w+ )?suicid\w*|"
    r"(?:people|patients|someone|those|anyone) (?:who|that) (?:are|feel|have|get)|(?:people|patients|someone|anyone) whose|"
    r"label|warning|side effects?|cause|reduce|mentioned|what should i do if|warning signs|watch for|support group|"
    r"raising money|memoir|book club|biography|book about|in some (?:people|patients)|make (?:\w+ ){0,2}worse|precautions|volunteer\w*|"
    r"(?:it|ketamine|the infusions?|the treatment) (?:really )?(?:helped|worked for) (?:her|him|them))\b"
)
FIRST_PERSON_NOW = Patterns(
    r"\b(?:i feel|im feeling|i am feeling|feeling|i want|ive been|i have been|i keep|right now|my suicidal|"
    r"(?:im|i am) (?:so |very |really |a bit |quite )?suicidal|im having|i have (?:been )?(?:suicidal|thoughts))\b"
)
ELIGIBILITY = Patterns(
    r"\b(?:rule me out|rules me out|can (?:i|he|she|they|we|my \w+) still|am i (?:still )?(?:allowed|eligible)|(?:will|would|do|does) (?:they|the clinic|you|the (?:doctor|nurse|team|staff|form|intake form|questionnaire)) ask|"
    r"does that (?:mean|stop|rule)|is (?:ketamine|it) (?:ok|okay|safe|good) for (?:me|him|her|them|(?:a )?person|someone|people|patients)|intake form|"
    r"have to (?:tell|mention|declare|put)|should (?:i|she|he|they|we) (?:tell|mention|let \w+ know)|turn (?:me|her|him|them) away|(?:need|want|see) my (?:mental health )?records|is (?:that|it|this) relevant|just wanted to be upfront|(?:will|would) (?:the )?(?:nurses?|doctors?|staff|they) judge me|(?:is|am|are) (?:he|she|i|they|we) (?:still )?eligible|(?:still )?an option (?:for|with)|"
    r"(?:can|could|may) (?:i|he|she|they|we|my \w+) (?:still )?(?:have|get|try|start|do|be treated|be given|qualify|receive)|(?:a|an) (?:good |suitable )?candidate|suitable for|qualify)\b"
)
# Suicide named as the subject of a question someone asks or a form holds: screening, not a statement.
ASKED_ABOUT = Patterns(
    r"\b(?:ask|asks|asked|asking|question|questions|screen\w*|form|forms|questionnaire|assess\w*)\b(?: \w+){0,4} (?:about|if|whether|for)\b"
)
SUICIDAL_NOW = Patterns(
    r"\b(?:im|i am|i feel|feel|feeling|i get|getting) (?:so |very |really |quite |a bit |more )?suicidal\b|\bsuicidal (?:again|now|today|tonight|lately)\b"
)
# A denial that goes on to a "but" holds nothing off: "im not suicidal but i wouldnt mind if i didnt wake up".
NEGATED = Patterns(
    r"\b(?:not|never|no longer|isnt|wasnt|arent) (?:actually |really )?(?:feeling |been |ever been )?suicidal\b(?!.*\bbut\b)"
)
# Danger denied outright ("im safe, no thoughts of harming myself"), or a wish to die told as gone with no "but"
# after it ("i woke up and didnt want to die"): what is left once it is taken out decides.
DENIED = Patterns(
    r"\b(?:not|never|no longer|isnt|wasnt|arent) (?:actually |really )?(?:feeling |been |ever been )?suicidal\b|"
    r"\b(?:no|never had|never had any|dont have any|not having any) (?:thoughts?|intentions?|plans?|urges?) (?:of|to|about) (?:harming|hurting|killing|ending|harm|hurt|kill) (?:my ?self|my life)\b|"
    r"\b(?:im|i am) (?:completely |totally |perfectly |quite )?safe\b|"
    r"\b(?:asked|ask|asks) (?:me )?(?:if|whether) (?:i (?:have|had|am|was|ever|get)|im) (?:\w+ ){0,3}(?:and )?i (?:said|say|told (?:her|him|them)) no\b(?!.*\b(?:but|lied|lying|though)\b)|"
    r"\b(?:self ?harm|sh|cutting|suicide attempt|overdose|relapse|drug|alcohol|opioid|pill)[ -]?free\b|"
    r"\bi (?:dont|do not) want to (?:die|kill my ?self|end (?:it|my life))(?: or anything)?\b",
    r"\b(?:didnt|did not|no longer|doesnt|does not) (?:want|wants|wanted|wanna|wish|wishes|wished) to (?:die|be dead)\b(?!.*\b(?:but|though)\b)",
)
# Now, beyond doubt: an emergency that is happening, whatever else the message says.
HAPPENING_NOW = Patterns(
    r"\b(?:right now|just now|happening now|its happening|this is happening|as we speak|minutes? ago|an hour ago|hours? ago|at the moment|currently)\b|"
    rf"\b(?:{PEOPLE}|i|he|she|they|we) just (?:took|swallowed|drank|injected|overdosed|downed)\b|"
    rf"\b(?:{PEOPLE}|i|he|she|they|we) (?:just|already) did(?: (?:it|that|this|so))?$|"
    rf"\b(?:{PEOPLE}|i|he|she|they|we) just had (?:one|a (?:seizure|fit|convulsion|stroke|heart attack))\b"
    r"(?! (?:glass|drink|pint|beer|cup|bite|piece|slice|more|of|too|last)\b)|"
    r"\b(?:is|are|hes|shes|im|theyre) \w+ing (?:now|right now)\b|"
    r"\b(?:wont|cant|cannot|isnt|is not|hasnt) (?:wake up|wake|waking|respond|responding|breathe|breathing)\b(?!(?: up)? (?:if|when|after|during|from laugh|with laugh|for laugh))|"
    r"\b(?:hes|shes|theyre|he is|she is|they are) not (?:breathing|responding|waking up)\b(?! (?:if|when|after|during|properly when))|"
    # how long it has gone on so far: "its been 16 hours", "ive been hallucinating for 6 hours"
    r"\b(?:its|it has) been (?:about |nearly |over |almost |more than )?(?:an?|one|two|three|four|five|six|\d+) (?:hours?|hrs?|minutes?|mins?)\b(?! (?:since|after|from|of|between))|"
    r"\b(?:ive|i have|hes|he has|shes|she has|theyve|they have|weve|we have) been (?:\w+ )?\w+ing (?:\w+ )?for "
    r"(?:about |nearly |over |almost |more than )?(?:an?|one|two|three|four|five|six|\d+) (?:hours?|hrs?|minutes?|mins?)\b|"
    r"\b(?:its|it is|thats|and its) (?:still )?getting worse\b(?! (?:over|each|every|with|as) )|"
    r"\b(?:hes|shes|theyve|theyre|he has|she has|they have|ive|i have) been (?:like (?:this|that)|out|asleep|unconscious|"
    r"unresponsive|out of it|blue|floppy|fitting|seizing) (?:\w+ )?for\b|"
    r"\bnow (?:shes|hes|theyre|she is|he is|they are|im|i am) (?:really |very |so |all )?(?:floppy|limp|blue|grey|gray|unresponsive|not breathing|fitting|seizing)\b"
)
# A condition: what is said after it may not be so ("what if he is having a seizure during the infusion").
CONDITIONAL = Patterns(r"\b(?:if|whether|in case|suppose|supposing)\b")
# Said of now: an emergency told beside a past event is not over ("overdosed last year, and again tonight").
STILL_NOW = Patterns(
    # a body told as it is: "my chest is tight", "her throat feels like its closing", "i cant feel my legs"
    r"\b(?:my|his|her|their) (?:chest|throat|heart|legs?|arms?|face|lips|tongue) (?:is|are|feels?|went|has gone|have gone) "
    r"(?:so |really |very |all )?(?:tight|heavy|closing|crushing|numb|dead|racing|pounding|swollen|swelling)\b|"
    r"\b(?:cant|cannot|can not|not be able to|unable to) feel (?:my|his|her) (?:legs|arms|face|feet|hands|body)\b|"
    r"\b(?:has|have) been (?:\w+ )?(?:unconscious|unresponsive|fitting|seizing|convulsing|not breathing)\b|"
    r"\b(?:im|i am|hes|shes|he is|she is|theyre|they are|its|it is) (?!worth )(?:\w+ )?(?:\w+ing|drowsy|dizzy|sick|faint|weird|strange|confused|unconscious|blue|grey|gray|purple|pale|cold|clammy|floppy|limp|unresponsive|hard to wake)\b|"
    r"\b(?:i|he|she|they) (?:feel|feels|cant|cannot|wont)\b|"
    r"\bcant (?:stop (?:vomiting|being sick|throwing up|shaking|bleeding|coughing)|keep (?:\w+ )?down)\b|\bfeel(?:s|ing)? (?:really |very |so )?(?:weird|strange|sick|faint|dizzy|awful|terrible|odd|funny|wrong|off)\b|"
    r"\bheart (?:is )?(?:racing|pounding)\b|\b(?:has|have|hes|shes|its) (?:gone|turned) (?:numb|blue|grey|gray|purple|white|limp|floppy|cold|pale)\b|\bis slurr\w*\b|"
    r"\b(?:lips|face|skin|fingers|fingernails) (?:are|is|look|looks|have gone|has gone|turned|turning|going) (?:blue|grey|gray|purple|white)\b|"
    r"\b(?:hes|shes|theyre|he has|she has|has|have) (?:gone|turned) (?:a )?(?:horrible|funny|weird|strange|awful|odd|deathly|scary) (?:colou?r|shade)\b|"
    rf"\b(?:my|his|her|our) (?:{PEOPLE}|mate|neighbour|neighbor|grandma|grandad|nan|mum|dad) is (?:\w+ )?\w+ing\b|"
    r"\b(?:is|are|looks|seems|very|so|really|too) (?:very |so |really |now |quite )?(?:drowsy|dizzy|confused|unconscious|grey|gray|pale|clammy|floppy|limp|hard to wake|unresponsive)\b|"
    r"(?<!ago )\bnow (?:im|i am|i m|i|hes|shes|theyre|he is|she is|my \w+ is|\w+ing)\b|\b(?:tonight|this (?:morning|evening|afternoon)|again)\b|(?<!at )(?<!around )(?<!by )(?<!about )\bthis time\b|"
    r"\b(?:wont|cant|cannot|can not|isnt|is not|not) (?:wake|waking|breathing|responding)\b|\b(?:is|has been|hes|shes) unresponsive\b"
)
# What the writer read or heard of the treatment for suicidal thoughts ("I've been reading about ketamine for
# depression and suicidal thoughts"): research, though told in the first person.
READ_ABOUT_THE_TREATMENT = Patterns(
    r"\b(?:reading|read|heard|learning|learnt|learned|seen|saw) (?:about|that) (?:ketamine|it|the treatment|the infusions?|infusions) "
    r"(?:\w+ )?(?:for|treats|treating|helps?|helping|and|with|in) (?:\w+ ){0,3}suicid\w*"
)
# A story on screen, in the news or heard of, not a person now.
FICTION = Patterns(
    r"\b(?:watched|watching|saw|seen|reading|read) (?:a|an|the|this|that)? ?(?:\w+ )?(?:drama|film|movie|show|series|episode|documentary|news|article|story|novel|book|programme|program)\b|"
    r"\bon (?:tv|the news|the telly|netflix|youtube|a podcast)\b|\b(?:memoir|book club|biography)\b|"
    r"\b(?:the|a|that|this) (?:tv |telly |netflix )?(?:show|series|film|movie|documentary|drama|episode|soap)\b(?: \w+){0,3} (?:had|has|showed|shows|featured|where)\b|"
    r"\b(?:first aid|cpr|paramedic|nursing|training|resus\w*) (?:course|video|class|session|training|exam|module)\b|\bwriting a (?:short )?(?:story|novel|script|book|play)\b|"
    r"\bin (?:the|a|my) (?:novel|book|story|film|movie|show|series|game)\b|\b(?:playing|played|came on) on the radio\b|"
    r"\b(?:a |the )?(?:tv )?(?:show|series|film|movie|documentary|book|novel|song) about\b|"
    r"\b(?:told me|heard|read) (?:that |about |of |stories (?:about|of) )?(?:someone|somebody|people|a (?:friend|guy|woman|man|lady|patient|person)|a friend of)\b"
    r"(?: \w+){0,4} (?:had|has|have|went|got|died|stopped|stopping|having)\b"
)
# What a friend or relative says of a fact ("my mate says there isn't one"): hearsay, beside a bare mention of a
# lethal dose, says it is asked about, not for oneself.
HEARSAY = Patterns(
    r"\bmy (?:friend|mate|brother|sister|cousin|dad|mum|mom|uncle|aunt) (?:said|says|told me|reckons|thinks) (?:that )?(?:there|its|it is|it s|ketamine|you)\b"
)
# The writer taking a story's danger as their own: "watched a documentary about suicide. i think about doing it
# too".
ME_TOO = Patterns(
    r"\b(?:think|thinking|thought|considering|tempted|want|wanna|going|gonna) (?:about |of |to )?(?:do|doing) (?:it|that|the same)"
    r"(?: (?:too|as well|myself|one day|soon))?\b|\bsame as (?:him|her|them)\b|\bjoin (?:him|her|them)\b|"
    r"\b(?:i already am|im already|i am already|so am i)\b|"
    r"\bi (?:tried|attempted)(?: (?:too|as well|again|myself|last (?:week|night|month)|yesterday|this (?:week|morning)))\b|\bi did (?:it|the same)(?: too| as well)?\b|"
    r"\b(?:i|im|i am) (?:the same|like (?:him|her|them))\b"
)
# Someone or something depicted in a story, a song or a show: whose the danger is, when FICTION names the story.
DEPICTED = Patterns(
    r"\b(?:characters?|hero|heroine|protagonist|narrator|villain|song|lyrics?|on the radio|episode|scene|"
    r"(?:show|film|movie|book|novel|series|documentary) about|"
    r"(?:in (?:the|a|my) (?:novel|book|story|film|movie|show|series|game)|(?:show|film|movie|book|novel|series|documentary|episode)(?: \w+){0,3} (?:had|has|featured)) "
    r"(?:the|a|an|this|one) (?:\w+ )?(?:lady|man|woman|girl|boy|guy|mother|father|wife|husband|character|soldier|doctor|nurse|teenager|kid))\b"
)
# The feeling told of, had now: "now im 45 and i feel exactly like that" (not "i dont feel that way")
FEEL_THAT_WAY = r"\b(?<!dont )(?<!not )(?<!never )(?:feel|feeling) (?:exactly |just )?(?:like that|like this|that way)\b(?! (?:back then|then|before|any ?more))"
# Said of now, beside a danger told as over: it is back, or near ("again", "tonight", "thinking about it").
RECURRING = Patterns(
    # "still", but not "should still disclose it" (all the same)
    r"\b(?:again|tonight|(?<!should )(?<!must )still(?! (?:need to|have to|disclose|mention|tell|declare|list|put|"
    r"qualify|be eligible|eligible|be allowed|allowed|an option))|any ?more|lately|"
    r"(?:is|are|its|theyre|thoughts?|urges?|feelings?) (?:\w+ )?back|"
    r"returned|returning|coming back|thinking (?:about|of) (?:it|that|doing)|do it|urges?|plan|planning|"
    r"nothing (?:has |s )?changed|(?:the )?same (?:thoughts|feelings|again)|(?:feel|feeling|felt|think|thinking) (?:the )?same way|no different|(?:feel|feeling|do|doing) the same|"
    r"do it too|(?:join|joining|be with|follow|following) (?:him|her|them)|even more|more than ever|worse than ever)\b",
    # the same again, told without "again": "I wrote new ones today", "now I feel exactly like that"
    r"\b(?:another|new ones?|a new one|once more)\b|(?<!at )(?<!around )(?<!by )(?<!about )\bthis time\b",
    FEEL_THAT_WAY,
)
# A sentence that turns to now after a danger told as past: "Now he's talking about a fishing trip", "Today I
# walked my dog two miles", "31 now", "don't now" (check.py: the rest then decides, as after a question).
TURNED_TO_NOW = Patterns(
    r"^(?:but |and )?(?:now|today|nowadays|these days|this year)\b(?! that\b)",
    r"^(?:im |i am |hes |shes |he is |she is )?(?:\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?: \w+)?) now$|"
    r"^(?:i |he |she |they )?(?:dont|doesnt|do not|does not) now$",
)
# What in such a sentence points back to the danger told before it, or names its means or how much of them, so
# that it may say no more than that it is so now: "Now I have 80", "now its worse", "now i think about it every
# day", "now i have a bigger stash", "now i know how", "today is the day".
POINTS_BACK = Patterns(
    r"\b(?:it|its|that|thats|this|them|those|these|more|worse|enough|same|twice|double|bigger|stash|supply|saved|"
    r"stockpil\w*|pills?|tablets?|meds|gun|rope|knife|knives|blades?|bottles?|how|done|ready|the day|way out)\b",
    r"\d",
)
# An age told in such a sentence ("now shes 24 and writes songs"): no amount.
AN_AGE = Patterns(
    r"\b(?:im|i am|hes|shes|he is|she is|theyre|turned|aged|age) \d+\b(?! (?:pills|tablets|troches|lozenges|of))"
)
# A past danger said to be back, wherever it stands in the message.
BACK_AGAIN = Patterns(
    r"\b(?:thinking (?:about|of) (?:it|that|doing it)|(?:feel|feeling) (?:the )?same (?:way|again)|(?:the )?same thoughts|nothing (?:has |s )?changed|"
    r"(?:thoughts|urges|feelings) (?:are|have|have come|came) back|(?:started|doing|did) (?:it|that|cutting) again|(?:started|starting|at it) again|even more|more than ever|worse than ever|"
    r"now (?:i |im |i am )?(?:just |really |still |only )?(?:want|wanna|wish|plan|planning|going|ready) to (?:die|end it|end my life|kill my ?self|be dead|not be here|disappear))\b",
    FEEL_THAT_WAY,
    r"\b(?:now|and) (?:its|it is|theyre|they are|thats) (?:even |much |so |way |a lot )?worse\b",
    r"\bnow (?:im|i am) (?:just |really )?(?:done|finished|ready)$",  # "I was suicidal in my teens. Now I'm done."
)
# A condition kept in check ("my seizures are controlled with medicine"): a history, not an emergency now.
MANAGED = Patterns(
    r"\bturned out to be (?:just |only |nothing but )?(?:heartburn|indigestion|reflux|anxiety|a panic attack|nothing|muscular|a pulled muscle|wind|gas|a virus)\b",
    r"\b(?:are|is|been|being|kept|stay|stays) (?:well |fully |totally |now )?(?:controlled|managed|under control)\b|"
    r"\b(?:havent|have not|hasnt|has not) had (?:a|an|any|one) (?:\w+ )?(?:seizures?|fits?|attacks?|episodes?|reactions?)\b(?: \w+){0,2} (?:in|for|since)\b",
)
# A condition while asleep ("not breathing properly when he sleeps, he has sleep apnea"), not an emergency now.
ASLEEP_CONDITION = Patterns(
    r"\b(?:when|while) (?:he|she|i|they|we) (?:sleep|sleeps|is sleeping|are sleeping|am sleeping)\b|\bsleep apn(?:o)?ea\b"
)
# What to do if something goes wrong, asked: "what should I do if", "what we should do if", "what must my carer
# do first if" (ASKED_AHEAD below; with a sign of it, the risk note in RISK).
WHAT_TO_DO_IF = (
    r"(?:what (?:(?:should|must|do|can|shall|would) (?:i|we|you|one|she|he|they|(?:a|my|the|her|his) (?:\w+ )?\w+)(?: \w+)?"
    r"|(?:i|we) (?:should|must|can|need to|ought to)|to)|what(?:s| is) the (?:first|best|right|safest) thing (?:\w+ ){0,3}(?:should|to|must|can|would))"
    r" (?:do|tell \w+)(?: first)? (?:if|when|in case)"
)
# Whom to call, or the first thing to do: "who should we phone", "i call what number", "whats the first thing i do"
WHOM_TO_CALL = (
    r"(?:(?:who|what number) (?:do|does|should|would|can|must) (?:i|we|you|(?:my|his|her|our|the) \w+) (?:call|ring|phone|contact)|"
    r"(?:i|we) (?:call|ring|phone) (?:what|which) number)"
)
FIRST_THING = r"what(?:s| is) the (?:first|best|right) thing (?:\w+ ){0,2}do"
# What going wrong looks like, in such a question: "if he passes out", "if she will not wake", "if her sats drop".
GONE_WRONG = (
    r"(?:unresponsive|unconscious|respond\w*|breath\w*|pass\w* out|faint\w*|sleepy|drowsy|sedated|zonked|out of it|collaps\w*|"
    r"reaction|seiz\w*|fits?|fitting|convuls\w*|wake|rouse|come round|come around|come to|ambulance|vomit\w*|throw\w* up|chok\w*|"
    r"sats|oxygen|blue|slurr\w*)"
)
# What to do if it ever goes wrong, asked ahead: "could you tell me what I should do if my wife does not wake
# after her medicine?", "if my client has difficulty breathing after the nasal spray, what must I do first?", "at
# what level of sleepiness must I call the ambulance?" (check.py: unless the message says it is so now)
ASKED_AHEAD = Patterns(
    rf"\b{WHAT_TO_DO_IF}\b",
    r"\bif\b(?: \w+){1,14} (?:what (?:should|must|do|can|shall) (?:i|we|you)(?: \w+)? do|(?:should|do|must|can) (?:i|we) (?:still )?(?:call|ring|phone|use|give))\b",
    # who to call, or the first thing to do, asked of a condition: "who do i call if my mum wont wake up", "if my
    # wife wont wake after the lozenge whats the first thing i do", "if he fall and not wake, i call what number"
    rf"\b{WHOM_TO_CALL}(?: first)? (?:if|when|in case)\b",
    rf"\bif\b(?: \w+){{1,14}} (?:{FIRST_THING}|{WHOM_TO_CALL})\b",
    r"\b(?:at )?what (?:point|level|stage)\b(?: \w+){0,4} (?:should|must|do|would) (?:i|we|you)\b|\b(?:what|which) (?:symptoms|signs)\b(?: \w+){0,3} (?:mean|means|should|need)\b",
    # "if he took molly while on his prescribed ketamine, how bad could that be?"
    r"\bif\b(?: \w+){1,12} (?:how (?:bad|dangerous|risky|serious|harmful) (?:could|would|might|is) (?:that|it|this)|would (?:that|it|this) be (?:bad|dangerous|risky|serious|harmful))\b",
    # a supposition ("say my wife stopped responding, do i call you or 999"), a condition that may never be met
    # ("if a service user ever had a seizure"), a condition told in the past of what has not happened ("if my
    # father became unconscious, would you advise..."), and planning for the future ("just so i know")
    r"^(?:lets )?say (?:that )?(?:i|he|she|they|we|my|your|our|his|her|a|an|the|someone|somebody)\b",
    r"\b(?:if|should|in case|when)\b(?: \w+){0,4} ever\b",
    r"\bif\b(?: \w+){1,12} (?:what would|would (?:you|i|we|that|it|this)|how (?:worried|long|soon|quickly) should)\b",
    r"\b(?:for the future|in future|just so (?:i|we) know|asking (?:for|about) (?:the )?future|asking ahead|planning ahead)\b",
)
# The bare word, which says a condition asked about is so ("...if she is not responding, she is on the sofa now"),
# but not "now that" (since).
NOW = Patterns(r"\bnow\b(?! that\b)")
# Someone else said to be in some state: after a condition, it tells of now ("...if hes not breathing, hes blue").
SOMEONE_IS = Patterns(
    rf"\b(?:hes|shes|he is|she is|theyre|they are|(?:my|his|her|their|our) (?:{PEOPLE}|lips|face|skin|breathing|chest) (?:is|are))\b"
)
# The condition of a question asked ahead, set aside before asking whether the rest says it is so now: "what
# should i do if my wife does not wake after her medicine" says nothing of now, "she does not wake" does.
IF_CLAUSE = Patterns(
    r"\bif (?:\w+ ){1,5}(?:ever )?(?:does not|doesnt|do not|dont|did not|didnt|will not|wont|would not|wouldnt|cant|cannot|"
    r"can not|is not|isnt|not|stops?|starts?|gets?|becomes?|goes|has|have|passes|falls?|faints?|collapses?)\b"
    # its words run on until someone is said to be something with no "and" before it: "if hes not breathing, hes
    # blue" tells of now, "if she gets drowsy and i cant wake her" does not
    r"(?: (?:and|or|but|like|that|then|when|because) (?!(?:now|right)\b)\w+|"
    r" (?!(?:hes|shes|theyre|im|he|she|they|i|its|my|his|her|their|now|right)\b)\w+){0,5}"
)
# A question about how someone is now, not about a risk: "is it bad if my husbands breathing is only like 6
# breaths a minute", "is it normal that her lips are this blue". ("What if he has a seizure" is a condition.)
ASKED_OF_NOW = Patterns(
    r"^(?:is|isnt) (?:this|that) (?:\w+ )?(?:normal|ok|okay|bad|expected|serious|dangerous|an emergency) (?:after|since|with)\b",
    r"^(?:is it|is this|is that|should i be) (?:\w+ ){0,2}(?:bad|normal|ok|okay|dangerous|serious|safe|worrying|"
    r"concerning|worried|an emergency|a problem|a concern) (?:if|that|when|how) "
    rf"(?:my (?:\w+ )?{PEOPLE}s?|he|she|they|his|her|their)\b(?: \w+){{0,3}} (?:is|are|keeps|seems|looks)\b",
    r"^(?:is it|is this|is that) (?:\w+ ){0,2}(?:normal|ok|okay|bad|expected|serious|dangerous) (?:to|that i|if i) (?:not be able to|cant|cannot|can not|be unable to) (?:breathe|get (?:enough )?air)\b"
    r"(?= (?:after|since) (?:the|my|this|that) (?:lozenge|infusion|dose|spray|session|treatment|troche)| (?:right )?now)",
)
# A question whether the treatment brings something on ("could ketamine make someone suicidal", "set off a
# seizure"): a question about a risk, unless anything says it is happening.
CAUSE_QUESTION = Patterns(
    r"^(?:ketamine|it|the infusions?|infusions|the treatment) (?:can|could|will|may|might|does) (?:\w+ )?(?:give|cause|make|trigger|bring on|set off)\b",
    r"^(?:do|does|can|could|will|would) (?:people|patients|anyone|someone|some people|others) (?:ever )?(?:become|get|feel|turn|go)\b",
    r"\b(?:can|could|does|do|will|would|might|may) (?:\w+ )?(?:ketamine|it|the treatment|the infusions?|infusions|this|that|the drug|the medicine) "
    r"(?:\w+ ){0,2}(?:make|cause|trigger|set off|bring on|lead to|increase|worsen|raise|lower|treat|help|reduce|relieve|prevent)\b",
)
# Exasperation at a chore ("one more insurance form and ill jump off a bridge"), not a plan.
HYPERBOLE = Patterns(
    r"\bone more (?:\w+ ){0,2}(?:forms?|episodes?|calls?|phone calls?|emails?|meetings?|appeals?|letters?|questionnaires?|surveys?|"
    r"hold music|adverts?|ads|songs?|queues?|denials?|voicemails?|automated messages?|menus?|refusals?)\b",
    r"\banother (?:\w+ ){0,2}(?:forms?|projects?|meetings?|emails?|calls?|assignments?|deadlines?|shifts?|essays?|exams?|mondays?)\b"
    r"(?=.*\b(?:lol|lmao|haha\w*|jk|ugh|smh)\b)",
)
# How much is too much, asked: the words a question of that kind is set aside by, to read what is left.
HOW_MUCH_ASKED = Patterns(r"\b(?:would be|is|are) too (?:many|much)\b|\bhow (?:many|much)\b")
# Keeping a medicine from someone else, or knowing how careful to be with it: why a question about how much is
# too much is asked ("how many would be too many, I worry my grandson might get into them", "what's the lethal
# dose for an older person? my daughter worries about me having it in the house").
PROTECTIVE = Patterns(
    r"\b(?:lock (?:them|it|the \w+) (?:up|away)|locked (?:up|away)|keep (?:them|it|the \w+) (?:safe|away|locked|out of reach)|"
    r"out of reach|get (?:into|hold of) (?:them|it|my|the)|how careful|manage (?:her|his|their|my) (?:meds|medication|medicines|tablets)|"
    r"(?:know|understand) (?:the risks?|how (?:careful|dangerous|risky))|worr(?:y|ies|ied) about (?:me|him|her|them|us) having|"
    r"stor(?:e|ing) (?:them|it) safely|safe storage|child ?proof)\b"
)
# A sentence that asks something (its question mark is gone once folded).
ASKS = Patterns(
    r"^(?:how|what|whats|when|where|why|who|which|is|are|can|could|do|does|did|will|would|should|has|have|am|any|anyone|anybody)\b|"
    r"\b(?:does|has|is there|can) (?:anyone|anybody|someone)\b|\b(?:i was wondering|wondering if|just curious|curious whether|curious if)\b|^out of curiosity\b"
)
LANDED_SOFTLY = Patterns(SOFT_LANDING)
# Weapons in a sport or a licence ("hunting season", "archery club", "gun safe"), not a means at hand.
SPORTING = Patterns(
    r"\b(?:hunting|stalking|archery|shooting club|gun club|rifle club|clay pigeon|target shooting|gun safe|firearms? licen[cs]e|deer season)\b",
    r"\b(?:water|toy|cap|nerf|bubble) (?:pistols?|guns?|rifles?)\b",
)
# Only the news that a treatment was had or taken ("my husband had his infusion today", "my wife took her
# lozenge"): the model reads such lines as the start of an emergency told by someone beside the person.
TREATMENT_NEWS = Patterns(
    r"^(?:(?:my|our) (?:\w+ )?\w+|he|she|i|mum|mom|dad)(?: (?:just|has|have|is|was))? "
    r"(?:had|having|finished|finishing|took|taken|taking|started|starting|getting|got|done|did|doing) "
    r"(?:his|her|my|their|the|a|an) (?:\w+ )?(?:infusion|session|treatment|lozenge|troche|spray|dose|drip|ketamine)s?"
    r"(?: (?:today|this morning|this afternoon|this evening|tonight|now|right now|earlier|yesterday|at \w+|in the \w+))*$"
)
# Leaving the clinic, cancelling or putting things in order, with the everyday reason said: "I won't be back
# after today, I'm transferring to the Bristol clinic", "cancel Friday please, my cat has to go to the vet",
# "getting my affairs in order before a long cruise" (the model alone read a farewell in them).
LEAVING_FOR_A_REASON = Patterns(
    r"\b(?:cancel\w*|wont (?:need|be (?:needing|coming|back))|will not (?:need|be (?:needing|coming|back))|shant be|"
    r"(?:not|no longer) (?:need|be (?:needing|coming|continuing))|last (?:session|appointment|visit|week)|"
    r"(?:affairs|things|everything|paperwork) in order|leaving|moving)\b"
    r"(?=.*\b(?:(?:moving|moved|move) (?:house|away|abroad|to (?:a|the|another|my new|be near))|transferr\w*|taking over|care home|sheltered housing|holiday|cruise|vacation|"
    r"wedding|surgery|operation|replacement|snow|the vet|garage|buses|physio|pain is (?:much )?better|feeling better|"
    r"discharged|new job|for work|retir\w*|abroad|my country)\b)"
)
# Sleepy after the treatment, told calmly: "she's so sleepy she can barely keep her eyes open, but she's smiling",
# "he's nodding off at the dinner table again, sent him to bed". With no sign of danger beside it, the model's
# emergency is not taken (the patterns still read one).
SLEEPY_AND_CALM = Patterns(
    r"\b(?:sleepy|drowsy|asleep|sleeping|resting|dozing|napping|nodding off|kip|snoozing|tired|knackered|groggy|spaced out|out of it)\b"
    r"(?=.*\b(?:smil\w*|fine|comfy|comfortable|happy|chatty|settled|normal|as expected|like the nurse said|to bed|on the sofa|"
    r"in bed|on the couch|in the armchair|instead of|lol|haha|bless|sweet|cute|snoring)\b)|"
    r"\b(?:smil\w*|fine|comfy|comfortable|happy|chatty|settled|normal|to bed|on the sofa|in bed|on the couch|in the armchair|lol|haha|bless)\b"
    r"(?=.*\b(?:sleepy|drowsy|asleep|sleeping|resting|dozing|napping|nodding off|kip|snoozing|tired|groggy|spaced out)\b)"
)
# Told to be well now: "its been 3 hours since my infusion and i feel great" (the model alone read it as an
# emergency: its words are those of the hours after a treatment).
WELL_NOW = Patterns(
    r"\b(?:i|he|she|they|we|im|hes|shes|theyre|were) (?:feel|feels|feeling|am|is|are|seem|seems|look|looks)? ?"
    r"(?:\w+ )?(?:great|fine|good|okay|ok|better|alright|all right|normal|grand|brilliant|amazing|fab|relaxed|mellow|"
    r"calm|chilled|comfy|comfortable|content|rested)\b|\ball good\b|\b(?:chatting away|making sense)\b|"
    r"^(?:\w+ ){0,12}(?:feeling|feel) (?:\w+ )?(?:great|fine|good|okay|ok|better|alright|normal|relaxed|calm|comfy|content|rested)\b"
)
# A dose that was not the writer's own, or more than one: what "took my lozenge" alone does not say.
ANOTHERS_DOSE = Patterns(
    r"\b(?:one|some|two|three|four|five|six|seven|eight|nine|ten|twenty|\d+|a few|a couple|a handful|all|most|half) of "
    r"(?:my|his|her|their|the|mums|dads|grans)\b|\bby (?:mistake|accident)\b|"
    r"\b(?:toddler|baby|child|kid|kids|grandson|granddaughter|grandchild|dog|cat|puppy|pet|\d+ ?(?:yr|yrs|year|years) old)\b"
)
_SIGNS = (
    r"wake|waking|woken|breath\w*|blue|grey|gray|unresponsive|seiz\w*|fit|fitting|collaps\w*|floppy|limp|vomit\w*|"
    r"sick|chok\w*|chest|overdos\w*|too much|ambulance|call|help|hospital|purple|dusky|dizzy|faint\w*|confused"
)
DANGER_SIGN = Patterns(rf"\b(?:{_SIGNS}|pills|cant|cannot|wont|not)\b")
# A usual dose taken at another time: "I took my tramadol at 8 instead of 7", "took my evening pill an hour late"
# (the model alone read the hours as an amount taken), unless more than the usual dose or a sign of danger is told.
SCHEDULE_SHIFT = Patterns(
    r"\bat \d+(?: ?(?:am|pm|oclock|30))? instead of (?:at )?\d+\b(?! (?:a day|per day|a time|at a time|each|every))",
    r"\binstead of (?:at )?(?:\d+ ?(?:am|pm|oclock)|noon|midday|lunch\w*|breakfast|dinner|tea|supper|bedtime|"
    r"(?:the |this |in the )?(?:morning|evening|night))\b",
    r"\b(?:an?|one|two|three|\d+|half an?) (?:hours?|hrs?|minutes?|mins?) (?:late|early|later|earlier)\b",
    r"\bat (?:lunch\w*|noon|midday|dinner|bedtime|breakfast|tea) instead\b",
)
MORE_THAN_USUAL = Patterns(
    rf"\b(?:{_SIGNS}|another|again|extra|double|twice|both|all|second|more|too many|whole|rest of|by mistake|asleep|sleepy|"
    r"drowsy|slurr\w*|a day|per day|days)\b"
)
# A polite opening or apology for asking, which the model is not to read as a goodbye's "forgive me" or "sorry":
# "Forgive me, I am new here", "sorry to bother you again", "excuse me for my english", "pardon my bad spelling".
POLITENESS = Patterns(
    r"\b(?:please )?(?:forgive|pardon|excuse)(?: me)?(?: for)?(?: my| the)? (?:bad |poor |broken |terrible |weak )?(?:english|spelling|grammar|typos?)\b",
    r"\b(?:please )?(?:forgive me|pardon me|excuse me|sorry|apologies)(?: for (?:asking|bothering you|the bother|my (?:bad |poor )?english|"
    r"writing|disturbing you|troubling you|the trouble|the (?:silly |stupid |basic |long )?questions?|my spelling|the typos?)|"
    r" to (?:bother|disturb|trouble) you(?: again)?| if this is (?:a )?(?:silly|stupid|basic|dumb) question| my english| i am new| im new| i am a new)\b",
)
# Asking for the text to be made readable: "big letters please, I cannot see" is no crisis of sight or of mood.
READING_THE_SCREEN = Patterns(
    r"\b(?:big|bigger|large|larger|small|smaller|tiny) (?:letters|text|font|print|writing|type)\b|\bfont\b|\btext size\b|"
    r"\b(?:cant|cannot|can not) (?:see|read) (?:the |your )?(?:letters|text|words|screen|writing|print)\b"
)

# A lie-in ("my 15 yr old won't wake up for school"): taken out before the emergency patterns read.
SLEEPING_IN = Patterns(
    r"\b(?:wont|will not|doesnt|does not|never) wake(?: up)?\b(?= (?:for|before|until|till|til|in time for) (?:school|work|college|uni|class|noon|lunch|midday|the bus|\d+|(?:the )?morning|tomorrow)\b"
    r"| on (?:weekends?|sundays?|saturdays?|school days)\b)",
    r"\b(?:teen\w*|\d{2} ?(?:yr|yrs|year|years) old|is 1[3-9]|son|daughter|kids?|grandson|granddaughter|boy|girl)\b(?: \w+){0,4} (?:wont|will not) wake up\b"
    r"(?=.*\b(?:lol|haha\w*|typical|as usual|sunday|saturday|weekend|school|teenagers?)\b)",
)
# The word as part of a name (drills, a film, a car door, a card): taken out before the suicide patterns read.
SUICIDE_AS_A_NAME = Patterns(r"\bsuicide (?:sprints?|drills?|runs?|squad|doors?|king|blonde)\b")
# A time that lasts until now ("ive been suicidal since last year"): not over.
ONGOING = Patterns(
    r"\b(?:since|ive been|i have been|(?:hes|shes|theyve|weve|its) been|keep|keeps|for (?:the )?(?:past|last))\b"
)
CURRENT = Patterns(
    r"\b(?:im|i am|i feel|feeling|i want|again|now|tonight|today|still|these days|lately|any ?more)\b"
)
SELF_HARM = Patterns(
    rf"\bself ?harm\w*\b|\b(?:cut|cutting|burn\w*|hurt\w*|harm\w*) my ?self\b|{CUT_WITH_NO_OBJECT}",
)
BARE_SUICIDE_WORD = rf"\bsuicid\w*\b|\blethal dose\b|\b(?:shot ?guns?|rifles?|pistols?|firearms?|handguns?)\b|{SELF_HARM.sources[0]}"  # a mention
# Possessions given away: a warning sign beside words that would otherwise be a figure of speech ("he keeps
# saying he won't be here for his next appointment and he's given his Xbox to his cousin").
GIVEN_AWAY = Patterns(
    r"\b(?:given|gave|giving|gives|give) (?:away )?(?:all )?(?:of )?(?:my|his|her|their) (?:\w+ ){0,2}"
    r"(?:away|to (?:my|his|her|their|a|the|our) \w+)\b"
)
HYPOTHETICAL = Patterns(
    r"\b(?:in advance|just (?:want|wanted) to know in case|just asking in case)\b|^if (?:a |my |the )?(?:child|kid|kids|children|toddler|baby|dog|cat|pet|grandson|granddaughter|grandchild|grandkids?|son|daughter)\b",
    r"\b(?:when|at what point|how do (?:i|we) know when|how will (?:i|we) know when) (?:should|do|would|must) (?:i|we|you|they|family|someone|somebody|a person|people) (?:call|ring|phone) "
    r"(?:an? |the )?(?:ambulance|911|999|112|doctor|paramedics|for help)\b",
    # "not planning to", but not "not planning to be around for the follow-up"
    r"\bnot planning (?:to(?! (?:be (?:around|here|alive|there)|stay|live|make it|go home|come back|wake))|on it|on doing (?:it|that))\b|\bwhat (?:happens|would happen|do i do|should i do) if (?:a |my |the |one of my )?(?:child|kid|kids|children|toddler|baby|dog|cat|pet|grandson|granddaughter|grandchild|grandkids?|son|daughter)\b",
    r"\bif i (?:fall asleep|pass out|faint|black out)\b|\bnothing(?:s| has)? (?:actually )?happened\b",
    r"\bhypothetically\b|\bwhat if (?:someone|somebody|anyone|a person|a patient|people|you)\b",
    r"\b(?:will|would|could|might) (?:it|ketamine|the (?:infusion|dissociation|treatment|drug|spray|lozenge)|that|this)(?: \w+)? "
    r"(?:make me |going to make me )?feel like\b|\bwill i feel like\b",
    r"^if i (?:get|have|feel|notice|develop|experience|start (?:to )?(?:get|have|feel))\b(?: \w+){0,6} (?:during|after|on|while|at)\b"
    r".*\b(?:what should i do|what do i do|should i|do i|who do i call|what should (?:\w+ ){1,4}do)\b",
    r"\bsomething to (?:call|ring|phone) (?:911|999|112|an ambulance|the doctor|the clinic|about)\b|\bdoes it (?:usually |normally )?pass\b",
    r"\bwhat (?:would|could|will|might) happen if (?:someone|somebody|anyone|a person|a patient|people|you)\b",
    r"^if (?:(?:my|our|your|a|the) )?(?:\w+ ){0,2}(?:gets|has|have|starts|feels|develops|goes|stops)\b.*\b(?:do (?:i|we)|should (?:i|we)|(?:ring|call|phone) (?:an ambulance|911|999|the clinic))\b",
    r"\bif you (?:have|get|feel|notice|experience|develop|start) (?:any|a|an|chest|trouble|difficulty|shortness)\b"
    r"(?! (?:place|space|slot|spot|cancellations?|minute|moment|chance|room|bed|opening|appointment|question|sec|second|waiting list)\b)",
    r"\b(?:what (?:should|do|would|can) (?:i|we|you|they|my \w+|the \w+|family|families|carers?|relatives|parents|people) do (?:if|when)|if (?:i|we|he|she|they|someone|"
    r"a patient|anyone) (?:ever|were to)|if (?:\w+ ){1,2}(?:ever|were to)|^if (?:someone|somebody|anyone|a person|a patient|people)|"
    r"plan(?:ning)? ahead|ahead of time|warning signs|would mean|in case|just in case|be prepared|a plan in place|when a (?:patient|caller)|"
    r"if a (?:patient|caller)|who should (?:i|we|they) call|(?:could|would|can|will|might) (?:\w+ ){1,3}(?:die|be (?:ok|okay|harmed|poisoned)|get sick) if)\b",
)

DOSING = Patterns(
    r"\b(?:what|which|how much|how many) (?:dose|dosage|mg|milligrams?)\b.*\b(?:i|me|my|he|she)\b",
    r"\bhow (?:much|many) (?:mg|milligrams?|ml)\b",
    r"\bhow much ketamine (?:should|do|can|would|will|must) (?:i|we|he|she|they|my)\b",
    # (not a time: "if my mum wont wake up after her dose")
    r"(?<!after )(?<!before )(?<!since )(?<!during )(?<!from )\b(?:my|his|her) (?:dose|dosage|doses|dosing)\b",
    r"\b(?:right|correct|best|safe|starting|maximum|max) (?:dose|dosage)\b",
    r"\bdose (?:should|do|would|can|must) (?:i|he|she|we)\b",
    r"\bshould (?:i|he|she|we) (?:stop|quit|come off|taper|reduce|lower|increase|raise|up|double|skip|"
    r"change|switch|cut|halve|keep taking|start taking|take (?:more|less|extra))\b",
    r"\bcan (?:i|he|she|we) (?:stop|quit|come off|taper|reduce|lower|increase|raise|up|double|skip|"
    r"change|switch|cut|halve) (?:my|his|her|the|taking)\b",
    r"\b(?:stop|stopping|quit|quitting|come off|coming off|taper|tapering|cut down|cutting down) "
    r"(?:on )?(?:my|his|her) (?:meds|medication|medications|medicine|pills|opioids|painkillers|"
    r"prescription|\w+)\b.*\b(?:before|after|for|when|if|now|should|can)\b",
    r"\b(?:increase|raise|double|lower|reduce|change|adjust|up) (?:my|his|her) (?:dose|dosage|meds|"
    r"medication|medications|medicine)\b",
    r"\bmg per (?:kg|kilo|infusion|session)\b",
    # how many of one's pills to take, or a count of them to take: "how many co-codamol can I take in a day"
    rf"\bhow (?:much|many) (?:of (?:my|the|his|her) )?{PILLS}\b(?: \w+){{0,2}} (?:should|can|do|may|must) (?:i|we|he|she|they|my \w+) (?:take|have|use)\b",
    r"\b(?:can|could|should|may) (?:i|we|he|she|they) (?:take|use) (?:\d+|two|three|four|an extra|another|more|less|half (?:a|of))\b(?: \w+){0,2} "
    r"(?:lozenges?|troches?|sprays?|pills?|tablets?|doses?|mg|puffs?)\b",
)

# Passive despair: hopelessness, worthlessness, giving up, with no word of death (a gentler 988 reply).
DESPAIR = Patterns(
    # Missed by nobody, wanting to disappear or for everything to end: "its not like anyones going to miss me"
    r"\banyones? (?:going to|gonna|would|will) miss me\b|\bfeel(?:ing)? like (?:disappearing|vanishing|fading away|not existing)\b|"
    r"\bwanting (?:everything|it all|all of it) to end\b",
    # Death envied or hoped for, said indirectly: "when I read the obituaries I feel jealous", "lucky her" of
    # someone who died, hoping for a heart attack or a bad scan, hoping to get to heaven soon
    r"\b(?:jealous|envious|envy)\b(?: \w+){0,6} (?:the )?(?:dead|die|died|dies|dying|death|obituar\w*|funerals?)\b(?! (?:down|off|out|laughing|tired))|"
    r"\b(?:obituar\w*|funerals?)\b(?: \w+){0,6} (?:jealous|envious|envy)\b",
    r"\b(?:died|passed|passed away|funeral)\b(?: \w+){0,12} lucky (?:her|him|them|sod)\b|\bhop(?:e|ing) (?:i|ill) (?:get|be) (?:that|as) lucky\b",
    r"\b(?:keep |kept |been |im |i am )?hop(?:e|es|ed|ing) (?:for|i get|i have|i get hit by) (?:a heart attack|a stroke|a fatal|a car crash|an accident|cancer|the end|death)\b(?! of\b)",
    r"\bhope (?:my|the) (?:scan|tests?|results?|biopsy|bloods?) (?:comes?|come|came|are|is) back bad\b",
    r"\bheaven\b.*\b(?:hope|pray|praying) (?:i|that i) (?:get|go) there soon\b|\b(?:hope|pray|praying) (?:i|that i) (?:die|am taken|get taken) soon\b|"
    r"\bpray(?:ing)? (?:i|that i) go soon\b",
    r"\bdeath (?:feels|seems|looks|is|would be) (?:like )?(?:the|my) only (?:real |true )?(?:pain )?(?:relief|way|cure|escape|answer)\b",
    # bargaining with God: "either fix this or let me go", "one more year, then you can have me", "just asking for rest"
    r"\b(?:fix|heal|cure|help) (?:this|me|it) or (?:let me go|take me|call me home)\b",
    r"\b(?:god|lord|jesus)\b.*\b(?:take me(?! (?:home|to|there|back|out|in|for|with|along|through|off|on)\b)|let me go(?! (?:home|to|back|out|early|first|now|in|for|on)\b)|"
    r"you can have me|call me home|(?:just )?asking for rest)\b",
    r"\b(?:god|lord|he) (?:keeps|kept|is keeping) me (?:breathing|alive|here|going)\b(?: \w+){0,4} (?:dont|do not|cant|cannot) (?:understand|see|know) why\b",
    # already gone: "like I've already left", "already dead and my body just hasn't noticed", "a ghost", "a shell"
    r"\b(?:i am|im|i feel|feel like|like) (?:(?:i am|im|i have|ive|youre|you are|youve) )?(?:already|basically) (?:dead|a ghost|gone|left|died)\b(?! (?:tired|on my feet|for the day|for work|home))",
    r"\bbarely a person\b|(?<!says )(?<!said )(?<!thinks )(?<!calls )\b(?:im|i am|i feel like) (?:just )?(?:a|an empty) (?:shell|ghost)\b|\ba ghost haunting\b",
    # no future expected: green bananas no longer bought, no retirement, the rest of the years traded for a week
    r"\b(?:stopped|stop|dont|do not|no longer|never) (?:buying|buy) green bananas\b",
    r"\b(?:dont|do not|doesnt|does not) expect (?:there to be|to see|to make it to|to reach|to have) (?:a |my |another )?(?:retirement|old age|next (?:year|christmas|birthday))\b",
    r"\b(?:trade|swap|give)\b(?: \w+){0,4} (?:rest of my|my remaining|the years|my years|my life)\b.*\bthen (?:be |i am |im |i will be |ill be )?done\b",
    r"\b(?:last|only) (?:option|hope|chance|shot|resort)\b.*\b(?:didnt|did not|hasnt|has not|doesnt|does not|wont|isnt) (?:work|help|working|helping)\b.*"
    r"\b(?:thats that|thats it|so be it|nothing left|im done|game over)\b",
    r"\blook(?:ing)? forward\b.*\b(?:couldnt|could not|cant|cannot) (?:think of|name) (?:one|a single|any|anything)\b",
    r"\b(?:useless|a burden|a nuisance|nothing but trouble|dead weight) and (?:in the way|a burden|a drain|in everyones way)\b",
    r"\bmade (?:my )?peace\b(?! with (?:the|my|it|this|that) ?(?:diagnosis|pain|condition|illness|body|limits|situation)?\b)",
    r"\bone less (?:patient|person|mouth|burden|problem|thing) (?:for \w+ )?to (?:worry about|feed|deal with|look after|bother)\b",
    r"\blights? (?:off|out) (?:for good|forever|permanently)\b",
    r"\b(?:cant wait|looking forward|waiting) (?:for|to) (?:it all|my life|life|everything) (?:to be over|to end|ending|being over)\b|"
    r"\b(?:life|living)\b.*\b(?:cant wait|looking forward|waiting) (?:for|to) it (?:to be over|to end|ending|being over)\b",
    r"\bwish (?:i|id|youd|you had|i had|i was|you were|to have) never (?:been )?born\b(?!.*\b(?:on the radio|song|lyrics?|sang|singing)\b)",
    r"\bhope (?:the|my) (?:\w+ )?(?:anaesthetic|anesthetic|infusion|treatment|surgery|operation|op|dose) (?:goes|go|will go|would go) wrong\b",
    r"\bswap places with (?:someone|somebody|anyone|people) (?:who is|whos|who are|thats|that is|that are) (?:dying|dead|terminal)\b|\bat least (?:theyre|they are|hes|shes) getting out\b",
    r"\bhow long\b.*\blive\b.*\bhop(?:e|ing) not (?:long|much longer|very long|for long)\b",
    r"\b(?:come|came|coming) back and wish (?:i|id) (?:hadnt|had not|didnt|did not|never)\b|\bwish (?:i|id) (?:hadnt|had not|didnt) (?:come|woken|woke) (?:back|up)\b",
    r"\b(?:frankly|honestly|truly) (?:im|i am) ready to go\b(?! (?:to|home|out|back|in|for|now|when|shopping|again|through|ahead|with)\b)",
    # what it is all for, asked of one's own life: "my whole life is this couch and this pain. whats it all for"
    r"\b(?:whats|what is) (?:it|this|any of (?:it|this)) all for\b",
    r"\bnothing (?:make|makes) me happy (?:any ?more|now)\b|\bnothing (?:has|have) (?:any )?meaning\b|\b(?:my )?life (?:has|have) no (?:meaning|sense)\b",
    r"\b(?:i )?(?:stop|stopped) (?:to hope|hoping)\b|\bmy life is (?:already )?over\b|\bi (?:feel like )?(?:i am|im) nothing\b|\bi am nothing\b",
    r"\b(?:everyone|everybody|they|my family|people) (?:is|are) tired of me\b|\b(?:nobody|no one|noone) can help me\b",
    r"\bwhy (?:do )?i (?:continue|keep) (?:to try|trying|going|fighting)\b",
    r"(?:\bi |^)hate (?:my life|living|being alive|my ?self)\b",  # "hate my life", a line begun without the I
    r"^i (?:dont|do not) matter\b|\bi (?:dont|do not) matter (?:to anyone|to anybody|any ?more)\b",
    r"\b(?:pain|suffering|hurting|it all|everything)\b.*\b(?:im|i am) (?:so|just|totally|completely) done$",
    r"\b(?:dont|do not|not)(?: to)? care (?:whether|if) (?:im|i am|i live|i die|i wake up|(?:you|u) wake up)\b|\bwish i could (?:just )?(?:disappear|vanish|not exist|stop existing|fade away)\b|\bstop being a burden\b|"
    r"\bwish(?:es)? (?:it|everything|this) (?:would )?all (?:just )?(?:stop|end)\b(?! (?:\w+ing|for|at|on|in|by)\b)|\beasier (?:not to be here|if i (?:wasnt|was not|werent) here)\b",
    r"\b(?:any|no) reason to (?:keep (?:trying|going|fighting)|go on|carry on|live)\b|\bnumb to life\b",
    r"\b(?:just|only) waiting to die\b|\bany point (?:to|in) (?:anything|any of (?:it|this))\b",
    r"\bwhat(?: is|s) the (?:point|use|reason) (?:to|of|in) (?:live|living|my life|life|going on|continue|continuing)\b",
    r"\b(?:i am|im|i feel (?:i am |like |like i am )?)(?:only |just )?(?:a )?(?:load|trouble|weight) (?:for|to|on) (?:everybody|everyone|my \w+|them|my family)\b",
    r"\bi (?:am )?(?:only|just) (?:a )?(?:trouble|problem|load) for\b",
    r"\bi have no (?:power|fight|will to live|reason to live) left\b",
    r"\b(?:relieved|better off|happier|easier|fine) if (?:i|they|we|you) (?:just )?(?:wasnt|werent|was not|were not|didnt exist|was gone|were gone) ?(?:around|here|alive)?\b",
    r"\b(?:feel|feeling|im|i am|just) (?:like )?(?:a )?dead weight\b",
    r"\bwhat (?:the hell |the heck |on earth )?am i (?:even |still )?(?:here|alive|living) for\b",
    r"\brest of my life\b.*\b(?:dont|do not) want (?:it|any of it|to live it)\b",
    r"\b(?:sorry|sad|disappointed|upset|angry) (?:to|that i|when i|i) (?:open my eyes|wake up|woke up|still wake up)\b",
    r"\bif (?:a|the|some) (?:bus|car|truck|lorry|train|van) (?:hit|hits|ran over|runs over|knocked down|took out) me\b|\bat least it(?:d| would) (?:all )?be over\b",
    r"\bhopeless\b(?! (?:at|with|romantic|case of))|\bhopelessness\b(?! (?:and|or) (?:depression|anxiety))",
    r"\b(?:no|lost(?: all)?|losing(?: all)?|without|given up|giving up|gave up|out of|any) hope\b(?! (?:that|of|for (?:an?|the)))",
    r"\bno hope of (?:ever )?(?:feeling|getting|being) (?:better|well|normal)\b|\bno hope of (?:recovery|relief)\b",
    r"\b(?:dont think|doubt) (?:things|it|life|anything|i) (?:will|is going to|are going to|can) (?:ever )?(?:get|be|feel) (?:any )?better\b",
    r"\b(?:cant|dont|cannot|can not|do not) see (?:a|any) (?:way (?:forward|out)|light|end to (?:this|it))\b|\bsee no (?:future|point|way (?:out|forward))\b",
    r"\b(?:feel|feeling|im|i am) (?:so |completely |totally |utterly |just )?(?:defeated|helpless|beaten)\b(?! by)",
    r"\bwhy (?:even |should i |do i even |bother to )?try(?:ing)?\b(?! (?:ketamine|it|the|this|that|a|an|infusions?|again|for))|\blost interest in (?:everything|anything|life|living)\b",
    r"\bno hope (?:left|for me|any ?more)\b|\bhope (?:is )?gone\b",
    r"\b(?:i|ive|i have|i just|just|so i|i think i|might as well|i kind of) (?:give|gave|given|giving) up\b"
    r"(?! (?:on (?:ketamine|the|this|that|it|opioids|my (?:job|car|diet))|smoking|drinking|alcohol|caffeine|coffee|gluten|sugar|meat|work|driving|my|the|a|some|(?!(?:no|every|any)thing)\w+ing))",
    r"\bgiv(?:e|ing|en) up on (?:everything|my ?self|me|life|living|trying\b(?! to (?:get|find|sort|work out|figure|understand|book|reach|call))|getting better|ever getting better|it all)\b",
    r"\bwhat(?:s| is) (?:even )?the point(?: of (?:trying|anything|any of (?:this|it)|it all|going on|carrying on|getting (?:out of bed|up)|fighting|me|any ?thing)| any ?more| lol| honestly| (?:i|im|its|nothing|everything)\b|$)",
    r"\b(?:i|im|i am|i feel|feel|feeling|im just|i am just) (?:like )?(?:so |such |completely |totally |just |really )?(?:worthless|useless|a failure|a lost cause|pathetic|a waste|a burden|broken beyond)\b"
    r"(?! (?:on|to) (?:\w+ ){1,3}(?:when|if|by|because|driving|to drive|for (?:lifts|rides)))",
    r"\blost cause\b|\bhate my ?self\b|\bwaste of (?:oxygen|air|a life)\b",
    r"\bnothing (?:matters|is worth it|will ever (?:change|help|get better)|ever (?:changes|gets better|will))\b",
    r"\bnothing (?:feels|seems|s) worth (?:it|anything|doing|getting up for)\b",
    r"\bnothing(?:s| is)? ever going to (?:change|get better|help|work)\b|\bnothing (?:left )?to hope for\b",
    r"\b(?:closer|nearer) to (?:it all |everything )?being over\b",
    r"\b(?:so )?over being alive\b|\bwhats the point of me\b|\bnothing (?:ever )?gets better\b(?! (?:if|unless|without|until|when|with)\b)",
    # something hoped to end it, passively: "bit of me hopes the next fall just finishes me off"
    r"\b(?:hope|hopes|hoping|wish|wishing|pray\w*)\b(?: \w+){0,5} (?:finish\w*|kill\w*|take\w*) me (?:off|out)\b(?! of)",
    r"\b(?:just )?want (?:it all|everything|all of it) to (?:stop|end)\b(?! (?:hurting|aching|burning|throbbing))",
    # the whole message, with nothing it is about: "cant do this"
    r"^(?:i )?(?:just |really |honestly |seriously )?(?:cant|can not|cannot) do this$",
    r"\bwhy (?:am i|do i) (?:even )?(?:still )?(?:going|here|alive|trying|carrying on|bothering)\b(?! (?:to|at|in|on|for|with|waiting|after)\b)",
    r"\bwhat (?:im|i am|am i)(?: even| still| really)? holding on for\b|\bwhy (?:am i|im|i am)(?: even| still)? holding on\b",
    r"\b(?:never|not ever|wont ever) (?:going to |gonna )?get (?:any )?better\b(?! (?:than|at|with))",
    r"\b(?:no one|nobody|noone|no body) (?:would|will|d|is going to|gonna) (?:miss|notice|care|even notice)\b|\b(?:no one|nobody|noone) cares (?:about me|if i|what happens)\b",
    r"\b(?:dont|do not|no longer|stopped) car(?:e|ing) (?:any ?more|about anything|what happens|if i|about my ?self|whether i)\b|\bstopped caring\b",
    r"\btired of (?:everything|it all|fighting|trying|pretending|struggling|being tired|being in pain all|this life|my life)\b|\bso tired of (?:all of )?(?:this|it)\b"
    r"(?! (?:rain|weather|heat|cold|snow|wind|traffic|noise|queue|job|show|song|game|app|phone|wifi|commute|diet|haircut|sofa|mattress)\b)",
    r"\b(?:doesnt|dont|does not|do not) expect to have (?:a|any|one|much of a) (?:future|worth having)\b|\bno future worth having\b",
    r"\b(?:dont|cant|do not|cannot|can not) (?:see|imagine) (?:any|a|much of a|my) future\b|\bno future\b|\bcant imagine (?:it|things|life) ever (?:being|getting) (?:different|better)\b",
    r"\b(?:dont|do not) know how (?:to|i can|much longer i can) (?:keep (?:going|living|doing this)|go on|carry on|cope)\b",
    r"\bemptiness\b|\b(?:feel|feeling|so|im) (?:so |completely )?(?:empty|numb inside|dead inside)\b",
    r"\bno (?:way out|reason to (?:try|keep trying|get up))\b|\bpointless\b(?! (?:to|if|for) (?:try|book|ask))",
    r"\bno point (?:in )?(?:trying|booking|fighting|bothering|getting up)\b",
    r"\b(?:whats|what is|nothing) left for me\b|\bmy last hope\b.*\b(?:doesnt|dont|didnt|not|fails?|failed|gone)\b",
    r"\b(?:failing|failed|fail) at (?:everything|life|living)\b|\b(?:im|i am|i m) not worth (?:it|saving|the (?:money|cost|effort|trouble)|spending|helping|anything)\b",
    r"\bno (?:have )?(?:strength|energy|will|reason) (?:for|to) (?:live|living|life|go on|continue)\b|\bno more (?:strength|energy|will) (?:for|to) (?:live|living|life|go on)\b",
    r"\bcant (?:do|take|handle) (?:it|this|any of this|much more) (?:any ?more|much longer)\b(?! with (?:the|these|this|my|their|your) (?!pain\b|life\b|living\b|body\b)\w+)|\b(?:at|reached) (?:the end of my|my) (?:rope|tether)\b",
    r"\b(?:god|the lord|jesus|heaven)\b(?: \w+){0,2} (?:call|calls|called|take|takes|took)\b(?: \w+){0,2} me\b|\bworn out (?:from|of|by) (?:living|life|being alive|existing)\b",
    r"\blife is (?:only|just|nothing but|all) (?:pain|suffering|misery)\b",
    # Despair told of by the person beside them: "she keeps telling me she is a burden"
    r"\b(?:says|said|saying|tells (?:me|us|everyone)|telling (?:me|us|everyone)|told (?:me|us))(?: that)? (?:she|he|they)(?:s| is| are|re| was| feels| feel) "
    r"(?:like )?(?:just |only )?(?:a burden|worthless|useless|hopeless|no use|a waste of space|better off dead)\b(?! (?:at|with|for|to (?:drive|cook|work)))",
    r"\b(?:illness|disease|cancer|accident|infection|something)\b(?: \w+){0,2}(?: (?:that|which|to|would|will|could))? (?:finish|finishes|kill|kills|take|takes|end|ends) me(?: off)?\b",
    r"\bthe sooner (?:i|he|she|they) (?:go|goes|am gone|is gone|are gone|die|dies|pass|passes)(?: the better|$)",
    r"\bwish (?:that )?i (?:just |simply )?(?:wouldnt|would not|didnt|did not|couldnt|could not|wont|will not|never) wake up\b",
    rf"\b(?:fall asleep|go to sleep|sleep) and (?:not|never) (?:have to )?(?:come back|wake up|wake)\b{UNTIL_IT_PASSES}",
    r"\b(?:just |only )?taking up space\b|\bwaste of space\b|\bwhat good am i\b|\bwhat use am i\b",
    r"\b(?:a )?(?:weight|millstone|burden) (?:round|around) (?:his|her|their|our|my \w+s?) necks?\b",
    r"\bwaiting (?:around )?for (?:my|your|the) life to (?:be over|end|finish)\b|\blife\b.*\bwaiting for it to (?:\w+ )?(?:be over|end)\b",
    r"\bwhat(?:s| is) (?:even )?the point\b.*\bany of (?:it|this)\b|\bnothing ahead (?:of me )?but\b|\bdone with (?:hope|hoping|trying)\b",
    # not expecting to be here, no more day of it, hope run out, better gone: "I do not expect to be here by the
    # summer", "cant take one more day of this", "Better I was gone."
    r"\b(?:do not|dont|not|no longer) expect to (?:be (?:here|around|alive)|still be (?:here|around|alive)|make it to|see (?:another|next|the next))\b"
    r"(?!.*\b(?:holiday|vacation|away|abroad|travel\w*|for work|surgery|operation|moving house|wedding|conference|in hospital)\b)",
    r"\b(?:cant|cannot) (?:take|do|face|handle|bear|stand) (?:one|another|1) more day\b",
    r"\bhope (?:ran|has run|had run|is running|runs) out\b|\bbetter (?:if )?(?:i|im) (?:was|were|am|is) (?:gone|dead|not here|not around)\b",
    r"\b(?:dont|do not|no longer) (?:even |really )?care (?:any ?more )?(?:what happens to me|if i live|whether i live)\b|\bstop(?:ped)? caring about (?:living|life|my ?self)\b",
    r"\b(?:cant|cannot) find (?:a|any) reason (?:any ?more|to (?:keep going|go on|carry on|live))\b",
    r"\b(?:cant|dont|do not) remember (?:the last time|when) i (?:wanted|want) to (?:be alive|live)\b",
    r"\b(?:koi )?umeed (?:nahi|nahin)\b|\bjeene ka (?:kya )?fayda\b|\bwala nang pag ?asa\b|\bmejor sin (?:mi|una mama)\b",
    r"\b(?:no|barely (?:have )?(?:the|any)|hardly (?:have )?(?:the|any)) (?:energy|strength) (?:left )?to (?:hope|care|keep going|go on)\b",
    # A short line of distress and nothing else: no question to answer, and a person to reach
    r"^(?:its|it is|this is|everything is|life is|its all|it all|all this is|this pain is) (?:just |all )?(?:so |too |really |very )?"
    r"(?:hard|much|heavy|hell|unbearable|awful|horrible|miserable|living hell)(?: (?:to bear|any ?more|right now|lately|today|now))?$",
    r"^(?:im|i am) (?:just |really |so |not )?(?:struggling|not coping|not ok|not okay|breaking|broken|exhausted|falling apart|at breaking point|suffering|miserable|in agony)"
    r"(?: (?:today|tonight|right now|any ?more|lately|so much|inside))?$",
    r"^(?:everything|it all|my whole body|all of me) (?:hurts|aches|is unbearable|is too much)(?: so much| all the time| today| any ?more)?$",
    r"^(?:the|my) pain is (?:unbearable|too much|killing me|never ending|endless|so bad|too bad)(?: today| tonight| right now| any ?more)?$|^i cant take the pain(?: any ?more)?$",
    r"^(?:i|i just|i really) (?:hate|cant stand) (?:this|it|everything|being like this|living like this)$",
    r"^(?:help me|i need help|someone help me|please someone help me|somebody help me)(?: please)?$",
    r"^(?:why me|whats wrong with me|no one understands|nobody understands|no one gets it|life sucks|this is hell)$",
    r"\b(?:feel|feeling|felt|am|im) (?:like )?(?:giving|i should give|i might give|i want to give|ready to give|close to giving|about to give) up\b(?! (?:on (?:ketamine|the|this|that|it|opioids)|smoking|drinking|\w+ing))",
    r"\bwhy (?:do i |should i |even |i )?(?:even )?bother\b(?! (?:with|getting|doing|having|going|booking|asking|to))|\bwhats the use\b|\bwhy i (?:even )?bother\b",
    r"\bnothing left (?:to give|in me|inside)\b|\b(?:dont|do not) have (?:anything|any fight|the strength|any strength|any energy|the energy|the will) (?:left|any ?more)\b|\bno (?:fight|strength) left\b",
    r"\b(?:so|completely|totally|utterly) alone\b|\b(?:i )?feel (?:so |completely |totally )?alone\b|\b(?:nobody|no one|noone) cares\b(?! (?:about (?:the|my) (?:cost|bill|insurance)))",
    r"\b(?:feel|feeling|im|i am) (?:so |completely )?trapped\b|\bim (?:so )?broken\b|\bnothing (?:will|can|could) (?:ever )?(?:fix|help|save) me\b|\bbeyond (?:help|repair|fixing|saving)\b",
    r"\b(?:feel like im|im) drowning\b|\bshell of (?:who|what|the person|my ?(?:old |former )?self)\b",
    r"\b(?:will|is) never (?:going to |gonna )?(?:end|stop|go away|get better|be over)\b|\bnever (?:going to|gonna) (?:end|stop|go away|be over)\b",
    r"\b(?:so|just|really) done w(?:ith)? (?:it all|everything|life|living|all of (?:this|it))\b",
    r"(?:^|\b(?:im|i am) )done w(?:ith)? (?:it all|life|living|all of (?:this|it))\b(?! (?:for|now|today|tonight|at|by|in))",
    r"\bquit (?:at )?life\b|\bdone trying$",
    r"\b(?:want|wanna|wish i could|just) (?:to )?stop feeling(?: anything| everything| at all)?$",
    r"\b(?:let me|want to|wanna|wish i could|if i could) (?:just )?(?:fade away\b|vanish(?: for good| forever| completely)?(?:$| and\b| somewhere (?:no ?one|nobody)\b))",
    r"\b(?:want|wanna|wish i could) (?:to )?stop being (?:a |such a |everybodys |everyones |anyones )?(?:problem|burden|bother|nuisance)\b",
    r"\bwouldnt mind (?:if i (?:didnt|never|did not) wake up|not waking up|never waking up)\b|\bwelcome (?:death|not waking up)\b",
    r"\boverstayed my welcome (?:on|in) (?:this )?(?:earth|world|life)\b|\bnothing (?:left )?to (?:hope|live) for\b",
    r"\b(?:cant|cannot|dont) see the (?:purpose|point|sense) (?:of|in) (?:another day|going on|carrying on|living|being alive|waking up)\b(?! (?:with|to|at))",
    r"\b(?:life|living|my life|everything|anything) (?:has|holds|means) no (?:meaning|purpose|point)\b|\bno (?:meaning|purpose) (?:in|to) (?:life|my life|anything|living)\b|\bmeaningless\b",
    r"\b(?:failed|let down|disappointed) (?:everyone|everybody|my (?:family|kids|wife|husband|children|partner))\b",
    r"\bsick (?:and tired )?of (?:everything|it all|life|living|being alive|this life|my life|fighting|trying|existing)\b",
    r"\bnothing (?:left )?to look forward to\b|\bnot looking forward to anything\b",
    r"\bnothing (?:is )?(?:ever )?(?:going to|gonna|will ever) (?:get|be|feel) (?:any )?(?:better|right|okay|ok)\b|\b(?:sick|tired) of pretending\b",
    r"\b(?:run|running|ran) out of reasons\b|\bno (?:more )?reasons? to (?:stay|keep going|live|go on)\b",
    r"\bmy life is over\b|\bany point (?:in )?(?:me )?(?:even )?(?:being here|living|going on|being alive|carrying on)\b",
    r"\b(?:better|lighter|easier|happier|freer)\b(?: \w+){0,4} (?:without me|not have me|not having me)\b",
    r"\b(?:dont think|doubt|cant see why|why would) (?:anyone|anybody|they|people) (?:\w+ )?(?:misses|miss|needs|need|wants|want|would want) me\b",
    r"\b(?:no one|nobody|noone|doesnt|dont) (?:\w+ )?(?:needs|need|misses|miss|wants|want) me(?: around| any ?more| here)?\b(?! to)|\bwhat am i (?:even )?(?:for|good for)\b",
    r"\bwhy am i still (?:alive|around)\b|\bwhy am i still here\b(?! (?:at|in|on|waiting|after|for|when|its|it is|the|with|they))",
    r"\b(?:feel|feels|feeling|felt|im|i am|so|just|always) (?:so )?(?:empty|hollow) (?:inside|all the time)\b|^(?:empty|hollow) (?:inside|all the time)\b|\bnumb inside\b",
    r"\bthe (?:dark|darkness|black cloud|black dog) (?:never|doesnt|does not|wont|will not) (?:lift|lifts|go|goes|leave|leaves|clear|clears)\b",
    r"\b(useless|worthless|pathetic|hopeless)(?: \1)+\b",
    r"\bgiv(?:e|en|ing)? up hop\w*|\b(?:no|any) more hope\b|\bwant(?:s)? to give up (?:entirely|completely|on everything|for good)\b",
    r"\bya no (?:puedo|aguanto)\b|\bno (?:le )?veo (?:el )?sentido\b|\bsin esperanza\b|\bsem esperan[cç]a\b",
)

# Questions about overdose, mixing or poisoning: no alarm, but the reply names 911 and Poison Control.
RISK = Patterns(
    # an amount taken, asked about: "what happens if you take 10 lozenges", "does ketamine cause fits"
    r"\bwhat (?:happens?|would happen|will happen|could happen)(?: to \w+)? if (?:you|i|someone|somebody|he|she|they|we|"
    r"(?:a|my|the|our|his|her) \w+) "
    r"(?:take|took|takes|have|had|swallow\w*|use|used) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|all|"
    r"a whole|a handful|the whole)\b",
    r"\b(?:cause|causes|trigger|triggers|bring on|set off) (?:\w+ )?fits\b",
    r"\b(?:would|could|will|can|might) (?:it|that|they|this|those|these) kill (?:him|her|them|me|you|a (?:child|kid|dog|cat|baby))\b",
    r"\boverdos\w*|\bod on\b|\btoo (?:much|many)\b|\bmore than (?:\w+ ){0,2}(?:prescribed|i should|you should|(?:their|the|my|your) dose)\b|\bdouble (?:dose|up)\b|\bdouble ?dos\w*|\btwo (?:\w+ )?doses\b|\bextra (?:dose|doses|lozenges?|troches?|spray|sprays|pills?)\b",
    r"\b(?:liver|kidney|organ) damage\b|\bdamages? (?:your|the|my|his|her|their|a persons) (?:liver|kidneys?)\b",
    r"\b(?:lethal|fatal|deadly|poison\w*|narcan|naloxone|antidote)\b|\b(?:die|died|dying|deaths?) (?:from|of|after|mixing|combining|taking|using|if)\b|\bany deaths\b|\bkills? (?:you|someone|a person)\b",
    r"\b(?:dose|amount|how much|how many)\b.*\bstops? (?:a|the|your|someones?|a persons) (?:heart|breathing)\b",
    # drinking on the day, or another sedative with it: "what happens if you drink after the infusion"
    rf"{DRINKING}(?: \w+){{0,3}} (?:after|before|with|on|during|while)\b(?: \w+){{0,3}} "
    r"(?:ketamine|infusions?|session|treatment|lozenges?|troches?|spray|nasal spray|dose)\b",
    r"\b(?:ketamine|lozenges?|troches?|the spray|infusions?)\b(?: \w+){0,3} (?:with|and|plus) (?:my |his |her )?(?:sleeping (?:tablets?|pills?)|sleepers|sedatives?|painkillers|opioids?)\b",
    # breathing slowed or stopped, and deaths, asked about
    r"\b(?:stop|stops|stopped|slow|slows|slowed|depress\w*) (?:your |the |my |his |her |their |someones )?breathing\b|\bbreathing (?:problems?|difficult\w*|trouble)\b|\b(?:difficulty|trouble|problems?) breathing\b|\brespiratory depression\b",
    r"\b(?:die|died|dies|dying|death) (?:in the chair|during (?:a |the )?(?:infusion|session|treatment)|on ketamine|in (?:a |the )?session)\b",
    r"\b(?:anyone|anybody|someone|people|patients?) (?:ever |actually |really )?(?:died|die|dies)\b|\bpossible to die\b|\bcan (?:you|i|someone|people|a person) (?:actually )?die\b",
    r"\bslow\w* down (?:your |the |my |his |her |their |someones )?breathing\b",
    r"\b(?:ketamine|infusions?|lozenges?|troches?|spray|dose)\b(?: \w+){0,3} (?:and|then|plus) (?:drank|drink|drinking|drinks|got drunk)\b",
    r"\bthe most\b(?: \w+){0,3} (?:can|could|should) (?:\w+ )?(?:safely )?(?:take|have|use)\b|\b(?:drinks|drinker|drinking|alcoholic)\b(?: \w+){0,8} (?:dangerous|risky|a risk|a problem)\b",
    r"\binteract\w*(?: badly| dangerously)? with\b|\b(?:maximum|max|highest|safest) (?:safe )?(?:dose|dosage|amount)\b|\bsafe (?:dose|dosage|amount)\b",
    r"\b(?:mix|mixing|mixed|combine|combining|interact\w*|with|after|before|plus|alongside|on top of)\b.*\b(?:alcohol|wine|beers?|drinks?|drinking|booze|weed|cannabis|marijuana|thc|benzo\w*|"
    r"opioids?|opiates?|oxy\w*|xanax|valium|diazepam|sleeping pills?|sedatives?|methadone|fentanyl|heroin|cocaine|mdma|morphine|tramadol|gabapentin|pregabalin|"
    r"antidepressants?|ssris?|sertraline|zopiclone|zolpidem|ambien)\b"
    r".*\b(?:safe|dangerous|danger|risk\w*|ok|okay|problem|happen\w*|bad|harm\w*|interact\w*)\b",
    r"\b(?:safe|dangerous|danger|risk\w*|ok|okay|problem|happens?|bad|harm\w*)\b.*\b(?:mix|mixing|mixed|combine|combining|interact\w*|with|and|after|before|glass of)\b.*"
    r"\b(?:alcohol|wine|beers?|drinks?|drinking|booze|weed|cannabis|marijuana|thc|benzo\w*|opioids?|opiates?|oxy\w*|xanax|valium|sleeping pills?|sedatives?|methadone|fentanyl|heroin|cocaine|mdma|"
    r"antidepressants?|ssris?|sertraline|zopiclone|zolpidem|ambien|pregabalin|gabapentin|tramadol|drinker)\b",
    rf"\b(?:glass of wine|a beer|a drink|drink alcohol|alcohol|{DRINKS_BY_NAME}|booze|cocktails?|drunk|tipsy|pints?)\b",
    r"\b(?:take|takes|took|taken|taking|have|has|had|use|uses|used) (?:it|them|my dose|the dose|a dose|(?:my|the|a|his|her) (?:lozenge|troche|spray|tablet|pill)s?) twice\b",
    # the medicines never to be had with it, the gap to leave, a dose forgotten, the most in a day
    r"\b(?:shouldnt|should not|must not|mustnt|must never|never|not supposed to|cant|cannot|avoid) (?:\w+ ){0,2}(?:mix\w*|combin\w*|take|taking|have|having|use|using)\b(?: \w+){0,4} (?:with|alongside|on top of) (?:my |his |her |their |the |a )?(?:ketamine|infusions?|treatment|lozenges?|troches?|spray|session)\b",
    r"\b(?:safe|how long a) gap between\b|\bhow (?:long|soon) (?:after|before) (?:my |his |her |the |a )?(?:ketamine|infusions?|treatment|session|lozenges?|dose|last drink)\b(?: \w+){0,4} (?:can|could|should|may) (?:i|he|she|they|we) (?:take|have|drink|use|start|wait)\b",
    r"\b(?:forget|forgot|forgets|cant remember|can not remember|cannot remember|not sure) (?:whether|if) (?:i|he|she|they|we) (?:already )?(?:took|had|have taken|has taken|used)\b",
    r"\b(?:max|maximum|most) (?:\w+ ){0,2}(?:a|per|in a|in one) day\b",
    # what the help lines are for: a k-hole gone wrong, choking, an allergic reaction, chest pain, a heart or
    # breathing that stops, serotonin syndrome
    r"\bk ?holes?\b.*\b(?:dangerous|danger|trouble|harm\w*|safe|risk\w*|wrong)\b|\b(?:dangerous|danger|trouble|harm\w*|safe|risk\w*)\b.*\bk ?holes?\b",
    r"\bchok\w*\b|\ballergic reaction\b|\blife threatening\b|\bchest pains?\b|\b(?:heart|breathing) (?:to )?stop\b|\bserotonin syndrome\b|\bmao inhibitors?\b|\bmaois?\b",
    r"\b(?:kids?|child|children|grandkids?|grandchild|grandchildren|grandson|granddaughter|toddler|baby|dog|cat|pets?)\b.*\b(?:found|find|finds|got into|get into|gets into|eat|eats|ate|swallow\w*|reach|lick\w*|chew\w*)\b",
    r"\b(?:accident(?:al|ally)|by accident|by mistake)\b.*\b(?:take|takes|took|taken|swallow\w*|dose|doses|use|used)\b|"
    r"\b(?:take|takes|took|taken|swallow\w*)\b.*\b(?:by accident|by mistake)\b",
    # another drug beside the treatment: "is it safe to take benzodiazepines alongside ketamine", "ketamine +
    # tramadol a bad combo?"
    r"\b(?:benzo\w*|opioids?|opiates?|oxy\w*|xanax|valium|diazepam|lorazepam|klonopin|tramadol|codeine|morphine|methadone|fentanyl|"
    r"gabapentin|pregabalin|zopiclone|zolpidem|ambien|sleeping (?:pills?|tablets?)|sedatives?|antidepressants?|ssris?)\b(?: \w+){0,3} "
    r"(?:alongside|with|plus|on top of|and|together with) (?:my |his |her |the |a )?(?:ketamine|infusions?|lozenges?|troches?|spray|treatment)\b",
    r"\b(?:bad|dangerous|deadly|risky|safe|ok|okay) (?:combo|combination|mix|mixture)\b",
    # a bad reaction, a dose maybe had twice, two taken together, whom to ring when unwell, a child's lethal amount
    r"\b(?:whole|entire) (?:vial|bottle|box|pack|syringe|lot)\b(?: \w+){0,3} (?:at once|in one go)\b|\bpush(?:ed|es|ing)? (?:the |it )?(?:whole|all|entire)\b",
    r"\bif (?:a person|someone|somebody|people|a human|anyone) (?:took|takes|take|had|drank|swallowed|used) (?:it|some|that|this)\b",
    r"\bbad reaction\b|\balready (?:took|taken|had) (?:it|my dose|the dose|one|them|a dose)\b|\b(?:take|takes|taking|took) (?:two|both|2) (?:doses |of them )?(?:together|at once)\b",
    r"\b(?:unwell|wrong|ill|bad reaction|emergency)\b.*\bwho (?:do|should|would) (?:i|we|you|they) (?:ring|call|phone|contact)\b|\bkill a (?:child|kid|dog|cat|toddler|baby)\b",
    r"\b(?:ketamine|infusions?|treatment|session)\b.*\b(?:been drinking|had a drink|had drinks|drank)\b",
    r"\bvomit\w*\b(?: \w+){0,4} (?:drowsy|asleep|unconscious|sleepy|out of it)\b|\b(?:counts as|is it|treat it as|what is) an emergency\b|\bif (?:i|he|she|they|someone) (?:pass|passes) out\b",
    r"\b(?:call|ring|phone) (?:911|999|112|an ambulance|the ambulance|emergency services|poison control|for help)\b|\b(?:something|anything|things) (?:goes|go|went|going) wrong\b|"
    r"\bblue (?:round|around) (?:the|his|her|their) lips\b|\blips? (?:turn\w*|go|goes|going|went|gone) blue\b|\bwatch (?:out )?for\b.*\bafter\b",
    r"\b(?:stop|slow|slows|stops|depress\w*) (?:your |my |his |her |their |the )?breathing\b|\brespiratory depression\b",
    r"\b(?:seizures?|heart attack|cardiac arrest|stroke|anaphyla\w*)\b|\bstop (?:your|my|his|her|the|a|someones) heart\b",
    r"\b(?:weed|cannabis|marijuana|thc|edibles)\b",
    r"\b(?:take|taking|have|having|use|using) (?:my |a |some |his |her )?(?:xanax|valium|diazepam|lorazepam|klonopin|benzo\w*|opioids?|oxy\w*|morphine|"
    r"fentanyl|tramadol|codeine|methadone|sleeping (?:pills?|tablets?)|sedatives?)\b.*\b(?:before|after|with|during|same (?:day|evening|night|morning|afternoon))\b",
    r"\bsigns of\b.*\b(?:too much|overdose|od|poison\w*|emergency)\b",
    # when to get help, and how dangerous: what a person needs the help lines for
    r"\bwarning signs\b|\brecovery position\b|\bsafety margin\b|\bdangerous (?:one|dose|amount|level)\b|\btoo out of it\b",
    r"\b(?:should|do|would) (?:i|we|they|he|she) (?:need to )?(?:go to|call|ring) (?:a e|ae|er|the er|emergency|hospital|the hospital|someone|an ambulance)\b",
    r"\bwhat (?:should|do|can) (?:i|we) do (?:if|while|when)\b.*\b(?:breathing|unresponsive|wake|collaps\w*|ambulance|overdos\w*|reaction|seizure)\b",
    r"\b(?:toxic|poisonous) (?:to|for)\b|\b(?:got|gets|get|getting) a?hold of\b|\bdouble (?:their|my|his|her|the) (?:prescribed|usual|normal)\b",
    r"\b(?:how|is it|is that|is ketamine|more) (?:dangerous|risky)\b|\brisks? (?:are|is|of) (?:combining|mixing|taking)\b|\bsame day\b",
    r"\b(?:danger\w*|risk\w*|safe\w*)\b.*\b(?:mix|mixing|combin\w*)\b|\b(?:mix|mixing|combin\w*)\b.*\b(?:danger\w*|risk\w*|safe\w*)\b",
    r"\b(?:worried|concerned|scared|nervous) about (?:mixing|combining)\b|\bwhat are the risks\b",
    # another medicine or drink taken with it: an interaction, in either order
    rf"\bwith (?:my |his |her |their )?(?:{OTHER_MEDICINES})\b.*\b(?:safe|dangerous\w*|danger|risk\w*|problem|harm\w*|bad|badly)\b",
    rf"\b(?:{OTHER_MEDICINES})\b.*\b(?:with|and|plus|alongside|together|on top|while|after|before|combin\w*|interact\w*|mix\w*)\b.*"
    r"\b(?:safe|safely|dangerous|danger|risk\w*|problem|harm\w*|bad|badly|interact\w*|breathing|together)\b",
    rf"\b(?:safe|dangerous|danger|risk\w*|problem|harm\w*|interact\w*)\b.*\b(?:with|and|plus|alongside|while on|on top of)\b.*\b(?:{OTHER_MEDICINES})\b",
    rf"\b(?:{OTHER_MEDICINES})\b.*\b(?:safe|dangerous|danger|risky|problem|harmful|interact\w*)\b.*\b(?:with|alongside|together|on top|plus)\b",
    # asked outright, without a word of danger: "can you mix ketamine with benzodiazepines?", "can u drink on
    # morphine", the deadliest mix, a sedative taken the night of an infusion
    r"\b(?:can|could|should) (?:you|u|i|we|one|people|someone) (?:mix|combine)\b|\b(?:deadliest|most dangerous) (?:combination|combo|mix|drug|dose|amount)\b",
    rf"\b(?:drink|drinking|alcohol|booze)\b (?:on|with|while on|while taking|after taking) (?:my |his |her |their )?(?:{OTHER_MEDICINES})\b",
    r"\b(?:take|taking|have|having) (?:my |his |her |a |the )?(?:sleeping (?:pills?|tablets?)|sleepers|sedatives?|benzo\w*|xanax|valium|diazepam|lorazepam|"
    r"alprazolam|zopiclone|zolpidem|ambien)\b(?: \w+){0,2} (?:(?:on|before|after) )?(?:the )?(?:night|day|morning|evening) "
    r"(?:of|before) (?:my |his |her |the |an? )?(?:infusion|session|treatment)\b",
    # too much, or a dose taken twice
    r"\b(?:toxic|life threatening|lethal|fatal) (?:dose|amount|level)\b|\bat what (?:dose|amount|point)\b|\boding\b|\bby mistake\b",
    r"\b(?:more|extra) (?:spray|sprays|lozenges?|troches?|tablets?|pills?|ketamine) than\b|\bdouble (?:infusion|lozenge|troche|spray)\b",
    # what to do when it goes wrong, asked ahead
    rf"\b{WHAT_TO_DO_IF}\b.*\b{GONE_WRONG}\b",
    rf"\b{WHOM_TO_CALL}\b(?: \w+)? (?:if|when|in case)\b.*\b{GONE_WRONG}\b",
    rf"\bif\b.*\b{GONE_WRONG}\b.*\b(?:{FIRST_THING}|{WHOM_TO_CALL})\b",
    # the condition first, then what to do or whom to call: "if my husband passes out after the spray do i ring you
    # or an ambulance", "If I collapse after a session what should he do?", "do we call 111 or 999 if her
    # breathing goes weird"
    rf"\bif\b(?: \w+){{0,10}} {GONE_WRONG}\b.*\b(?:what (?:should|must|do|can|shall|would) \w+(?: \w+)? do|call|ring|phone|contact)\b",
    rf"\b(?:do|should|would|can|must|who) (?:\w+ )?(?:call|ring|phone|contact)\b(?: \w+){{0,6}} (?:if|when|in case)\b(?: \w+){{0,8}} "
    rf"{GONE_WRONG}\b",
    r"\bprotocol (?:if|when|for)\b|\bwho (?:are we supposed to|should (?:we|i)|do (?:we|i)) call\b|\b(?:a|the) number to call\b|\bneed (?:an )?ambulance\b|\bsigns of (?:an? )?(?:allergic|bad) reaction\b",
    # another drug named with the treatment, asked in a few words or in chat shorthand: "trazodone + ketamine ok
    # or nah", "is codeine ok w ketamine", "can he still have his diazepam on the nights he uses the spray", "how
    # long after my last troche can i take an ambien", "do i need to space it out from my troche"
    rf"\b(?:{NAMED_DRUGS})\b(?: \w+){{0,3}} (?:ok|okay|fine|alright|issues?|problems?|good idea|bad idea|y n|or nah|or no)\b"
    r"(?! (?:now|anymore|any more)\b)",
    rf"\b(?:ok|okay|fine|alright|any issues?|an issue|any problems?|a problem)(?: \w+){{0,4}} (?:{NAMED_DRUGS})\b",
    # asked in a word or two, or with a word of harm: "gabapentin too?", "MDMA mix?", "klonopin gap how long",
    # "k with ritalin?", "ambien after lozenge?", "I'm on St John's wort, does that interfere with ketamine?", "how
    # long should I wait after my troche before taking my tramadol?"
    rf"\b(?:{NAMED_DRUGS})\b (?:(?:too|as well|also)$|mix|mixing|gap|together)",
    rf"\b(?:ketamine|k|lozenges?|troches?|spray) (?:with|plus) (?:my |his |her |a |an |some )?(?:{NAMED_DRUGS})\b|"
    rf"\b(?:{NAMED_DRUGS}) (?:with|plus|after) (?:my |the |a )?(?:ketamine|k|lozenges?|troches?|spray|infusions?)\b",
    rf"\b(?:{NAMED_DRUGS})\b.*\b(?:dangerous|danger|risky|harmful|interact\w*|interfere\w*)\b|"
    rf"\b(?:interact\w*|interfere\w*|go well with|mix\w* (?:badly|well))\b.*\b(?:{NAMED_DRUGS})\b",
    rf"\bhow long (?:should|do|must|to) (?:i|we|he|she|they )?wait\b.*\b(?:{NAMED_DRUGS})\b",
    # what to watch for if it goes wrong, the worst that could happen: "if he gets very sleepy after both, what
    # should I be watching for", "what signs would I need to look out for if she ever got into it"
    r"\b(?:sleepy|drowsy|breathing|after both)\b.*\bwhat (?:should|do|would|must) (?:i|we|she|he|they) (?:need to )?(?:be )?"
    r"(?:watch\w*|look\w*) (?:out )?for\b|\bsigns\b(?: \w+){0,6} (?:look|watch)\w* (?:out )?for if\b|\bworst (?:that )?(?:could|can|would) happen\b",
    # "if i'm on phenelzine, can i still have ketamine", "is it bad to do k and xans same nite", "can ketamine be
    # taken together with clonazepam", "does ketamine mix with lsd", "a glass of red with her troche"
    rf"\b(?:on|taking|takes|take) (?:my |his |her |their )?(?:{NAMED_DRUGS})\b.*\bcan (?:i|he|she|they|we) (?:still )?(?:have|take|use|get|do)\b",
    rf"\b(?:{NAMED_DRUGS})\b(?: \w+){{0,3}} (?:same (?:night|day|evening|morning)|that (?:night|day|evening)|the (?:night|day) of)\b",
    rf"\b(?:together with|mix with|mixes with|mixing with|avoid) (?:\w+ )?(?:{NAMED_DRUGS})\b|\bglass(?:es)? of (?:red|white|rose|bubbly|fizz)\b|\bon speed\b",
    rf"\b(?:{NAMED_DRUGS}|alcohol|booze|drink|drinks|wine|beers?)\b plus (?:my |the |a )?(?:ketamine|k|lozenges?|troches?|spray|infusions?)\b|"
    rf"\b(?:ketamine|k|lozenges?|troches?|spray|infusions?) plus (?:my |the |a |some )?(?:{NAMED_DRUGS}|alcohol|booze|drink|drinks|wine|beers?)\b",
    rf"\b(?:take|takes|taking|have|has|having|use|uses|using|do|doing|pop|try|tried)(?: still)? (?:my |his |her |their |a |an |some |one of (?:my|his|her) )?(?:{NAMED_DRUGS})\b"
    r"(?: \w+){0,5} (?:with|after|before|on|during|alongside|same|while|the (?:night|day|evening|morning)|at (?:the same|bedtime))\b",
    r"\b(?:space (?:it|them|those|these) out|overlap)\b|\bhow (?:long|soon) (?:after|before) (?:my |his |her |the |their )?(?:last )?(?:lozenges?|troches?|spray|dose)\b"
    r"(?: \w+){0,3} (?:can|could|should|may) (?:i|he|she|they|we) (?:take|have|drink|use)\b",
    # drink with the treatment, asked: "wat if i drink after", "wedding sat, can i drink if i skip my lozenge", "is
    # it bad to drink at a party the day after my infusion"
    r"\bwhat (?:if|happens if|about if) (?:i|he|she|they|we|you) (?:drink|drinks|have a drink|had a drink|get drunk|got drunk)\b",
    rf"\b(?:can|could|should|may) (?:i|he|she|we|they|you) (?:still )?(?:have a drink|have drinks|get drunk\b|{DRINKING})",
    rf"{DRINKING}(?: \w+){{0,8}} (?:ketamine|lozenges?|troches?|spray|infusions?|dose|session)\b",
    # a dose taken twice or more than once, asked: "took the morning one twice", "2 troches instead of 1", "the
    # lozenge two or three times in one day", "wats the max i can take in a day"
    r"\b(?:take|takes|took|taken|taking|had|have|has|use|used|do|does|did)\b(?: \w+){0,4} twice\b(?! (?:(?:a|per|each|every) (?:week|month|year|fortnight)|weekly|monthly|yearly)\b)",
    r"\b(?:two|three|2|3|several) (?:\w+ )?(?:troches?|lozenges?|sprays?|doses?|ones?|tablets?|pills?|puffs?) (?:instead of|rather than)\b|\binstead of (?:one|1)\b",
    r"\b(?:took|take|takes|taken|had) (?:a|another) (?:second|2nd|extra)\b|\b(?:two|three|2|3|several|multiple) times (?:in )?(?:a|one|the same) day\b",
    r"\b(?:max|maximum|most) (?:\w+ ){0,4}(?:a|per|in a|in one) day\b|\bmax(?:imum)? (?:safe |daily |single )?(?:dose|dosage|amount)\b|\bmax(?:imum)? (?:of|amount of) (?:ketamine|lozenges?|troches?)\b",
    # what to do if someone passes out or will not wake, asked ahead, in either order
    r"\b(?:unconscious|unresponsive|pass\w* out|wont wake|cant wake|will not wake|does not wake|doesnt wake|vomit\w*|throw\w* up|sats? drop\w*)\b.*\bwhat (?:should|do|must|can) (?:i|we)(?: \w+){0,3} do\b",
    r"\bwhat (?:should|do) (?:i|we) tell (?:the )?(?:ambulance|paramedics|911|999|er|a e|hospital)\b|\bnumber 2 call\b|\bbreathing (?:is |gets |becomes )?too (?:slow|shallow)\b",
    # a child, a teenager or a pet who gets into it, asked ahead: "could my 15 year old get seriously ill if she
    # tried one of my troches", "how much would make a cat sick", "what happens if they do"
    r"\b(?:kids?|child|children|grandkids?|grandchild|grandchildren|grandson|granddaughter|toddler|baby|teen\w*|\d+ ?(?:year|yr) old|\d+ ?yo|dog|cat|pets?|puppy|kitten)\b.*"
    r"\b(?:(?:took|take|takes|tried|try|tries) (?:some|one|any|two)\b(?! (?:more|time|day|step|look)\b)|(?:get|got|gets) to (?:them|it)|what happens if (?:they|he|she) do|have to eat|seriously (?:ill|hurt|sick))\b",
    r"\bmake (?:a|my|the|our|your) (?:\w+ )?(?:child|kid|toddler|baby|dog|cat|pet|puppy|kitten) (?:sick|ill)\b|\b(?:hurt|harm|poison) (?:a|my|the|our) (?:small |little |young )?(?:child|kid|toddler|baby|dog|cat|pet)\b",
    r"\bif (?:he|she|they|someone|somebody|my \w+) (?:ever )?(?:took|takes|take|ate|eats|swallowed|tried) (?:some|one|a few|any|them|two|a couple)\b|\bhow toxic\b|\btoxicity\b|\btoxic\b(?! (?:relationship|people|person|positivity|workplace|friends?|family|mould|mold))",
)

# Asked whether a mix is safe or may be had, not told that it was taken: "can he have a gin and tonic after his
# ketamine?", "she also takes morphine and zopiclone. is that combination dangerous?"
RISK_ASKED = Patterns(
    r"\b(?:is|would|could|will) (?:that|this|it|the) (?:combination |mix |mixture )?(?:be )?(?:dangerous|safe|ok|okay|a problem|risky|harmful)\b",
    r"\b(?:can|could|may|should) (?:he|she|i|they|we|my \w+) (?:still )?(?:have|take|drink|mix)\b",
)
TAKEN = Patterns(
    r"\b(?:took|taken|drank|swallowed|downed|mixed|ate|eaten|had (?:a|one|some|his|her|my|too|two|three|\d+))\b"
)
# Taken by someone named, not asked of anyone nor in a condition: "my son swallowed two troches", not "the signs
# someone has taken too much" nor "if he took too much".
TAKEN_BY_SOMEONE = Patterns(
    r"(?<!\bif )(?<!\bwhen )(?<!\bonce )(?<!\bin case )"
    rf"\b(?:i|he|she|they|we|(?:my|his|her|our|their) (?:\w+ )?(?:{PEOPLE}|boy|girl|man|woman|grandma|grandad|nan|"
    r"gran|dog|cat|puppy))(?: (?:just|has|have|had|already|accidentally|then))? "
    r"(?:took|taken|drank|swallowed|downed|ate|eaten|mixed|chewed)\b"
)

# Hopeless words held at arm's length: a question about treating them, or a low that is coped with.
DESPAIR_AT_A_DISTANCE = Patterns(
    r"\bnot in a (?:scary|dark|bad|worrying|suicidal|serious|morbid|worrisome) way\b",
    r"\btired of (?:being tired|it all|everything|the pain)\b,? but (?:im|i am) still (?:fighting|going|hopeful|trying|here)\b",
    r"\b(?:does|can|could|will|would|is) (?:ketamine|it|the treatment|this|the infusion) (?:\w+ ){0,2}(?:help|work|good|used) (?:for )?(?:people|patients|someone|those|anyone|a person|somebody) (?:who|that) (?:are|is|feel|feels|have|has|get|gets)\b",
    r"\b(?:help|helps|treat|treats|treating|ease|lift|improve|reduce|with|for)(?: \w+){0,3} (?:hopelessness|despair|low mood|mood)\b",
    r"\b(?:was|felt|used to feel|had been|been) (?:so |very |completely |totally )?(?:hopeless|worthless|defeated)\b.*\b(?:but|then|until|before)\b.*\b(?:now|helped|better|hope again|turned)\b",
    r"\b(?:feel|have|found) (?:hope|hopeful) again\b|\bfeel (?:more )?hopeful\b",
    r"\b(?:but|then|until|and) (?:the )?(?:ketamine|infusions?|treatment|it|they) (?:really )?(?:helped|worked|changed)\b",
    r"\ba burden (?:on|to) (?:\w+ ){1,3}(?:when|if|by|because|driving|to drive|for (?:lifts|rides))\b",
    r"\bno hope of (?:getting off|coming off|stopping|quitting|finding|getting (?:a|an|the|into|seen))\b",
    r"\b(?:given up|giving up|gave up|lost|losing|no) (?:all )?hope (?:on|of|with|in) (?:the|my|this|that|our|their|getting|ever getting)(?: \w+){0,2} "
    r"(?:nhs|waiting list|waitlist|list|insurance|insurer|appointment|referral|system|doctors?|gp|clinic|company|approval|claim|funding|refund|call ?back|reply|answer)\b",
    r"\b(?:says|said|thinks|thought|told me|calls me|called me|joked|jokes) (?:that )?(?:im|i am|i was|im just) (?:\w+ ){0,2}"
    r"(?:hopeless|useless|worthless|a burden|lazy|a failure|pathetic|a lost cause|broken|a drama queen)\b",
    r"\b(?:feel|feeling|felt)\b.*\bafter (?:the|my|an|each|every) (?:infusion|session|treatment|dose|lozenge|spray)\b.*\bis (?:that|this|it) (?:normal|common|expected|a side effect)\b",
    r"\b(?:sometimes|some days|at times|now and then|every so often|occasionally)\b.*\b(?:hopeless|give up|giving up)\b.*\b(?:but|though)\b",
    r"\b(?:broken|wrecked|destroyed|finished|done in)\b(?: \w+){0,2} (?:physically(?: i mean)?|i mean physically)\b|\bphysically (?:broken|wrecked|destroyed|finished)\b",
    r"\b(?:hanging in there|good support|coping (?:ok|okay|well|fine)|but im (?:ok|okay|fine|safe|not suicidal)|im safe|not in danger)\b",
)

# Someone else's attempt, told of them: with a time long past and nothing else of danger, a history.
SOMEONE_ELSES_ATTEMPT = Patterns(
    r"\b(?:tried|attempted|try|trying) to (?:take|end|kill) (?:his|her|their|him|them) ?(?:own )?(?:li(?:fe|ves)|sel(?:f|ves))\b|"
    r"\b(?:took|ended|take|end) (?:his|her|their) (?:own )?li(?:fe|ves)\b|\b(?:killed|hanged|hung|shot|drowned|overdosed) (?:him|her|them) ?sel(?:f|ves)\b|"
    r"\b(?:used to|would) (?:say|threaten|tell me) (?:that )?(?:shed|hed|theyd|she would|he would|they would) (?:kill|hurt|harm|shoot|hang|drown) (?:him|her|them) ?sel(?:f|ves)\b"
)

# Grief for someone else who has died, told of them: the model's words of loss are not the writer's danger
# (the patterns still name a wish to join them).
SOMEONE_GONE = Patterns(
    r"\b(?:cousin|brother|sister|friend|son|daughter|dad|father|mum|mom|mother|uncle|aunt|husband|wife|partner|neighbou?r|colleague) "
    r"(?:killed|hanged|shot) (?:him|her|them) ?sel(?:f|ves)\b",
    r"\bmy late (?:wife|husband|partner|mum|mom|mother|dad|father|son|daughter|brother|sister|friend)\b|"
    r"\b(?:wife|husband|partner|mum|mom|mother|dad|father|son|daughter|brother|sister|friend) (?:passed away|died) (?:in|last|\d|a|two|three|some)\b",
)

# Everyday figures of speech that borrow crisis words.
IDIOM = Patterns(
    r"\b(?:forms?|paperwork|insurers?|insurance|bureaucracy|admin|waiting lists?|hold music|prior auth\w*|heat ?wave|heat|weather|humidity|mondays?)\b(?: \w+){0,4} (?:make|makes|making) me want to die\b",
    r"\bif (?:the |this |that |my |his |her )?\w+ (?:doesnt|does not|dont|wont|didnt) (?:finish|kill) me(?: off)?,? (?:\w+ ){1,4}will\b",  # a joke
    r"\b(?:heat ?wave|heat|weather|humidity|kids|grandkids|toddlers?|baby|children|teenagers?|puppy|in ?laws|work|job|boss|commute|traffic|stairs|wardrobe|furniture|diy|garden\w*|"
    r"food|bills|paperwork|journey|drive|queue|noise|hold music)\b(?: \w+){0,3} "
    r"(?:will |is going to |going to |gonna |could |would )?(?:finish|kill) me(?: off)?\b",
    r"\b(?:just|only) (?:an? )?(?:expression|saying|figure of speech)\b",
    r"\b(?:nearly|almost) died (?:laughing|of (?:embarrassment|shame|shock|laughter))\b|\b(?:die|died|dying) laughing\b",
    r"\b(?:die|died|dying) of (?:embarrassment|shame|boredom|laughter|cringe)\b",
    r"^(?!.*\b(?:breath\w*|respond\w*|unconscious|blue|wake (?:him|her|them)|come round)\b).*"
    r"\b(?:collapsed|passed out|crashed) (?:on|onto|in|into) (?:the|my|our|his|her) (?:sofa|couch|bed|chair|armchair)\b.*"
    r"\b(?:wiped(?: out)?|worn out|knackered|exhausted|shattered|tired|slept|sleep|asleep|snoring|nap|perfect|cosy|comfy|woke (?:up )?at|"
    r"dragged my ?self|the (?:minute|second|moment) (?:i|we|she|he|they) (?:got|walked|came) (?:in|home))\b",
    r"\b(?:cant|can not|cannot|couldnt) (?:breathe|breath) (?:from|for|with) laugh\w*\b|\bbreath(?:e|ing)? a word\b",
    r"\bdying (?:to|for) (?:know|try|get|see|hear|start|find out|ask)\b|\bto die for\b",
    r"\b(?:killing|kills) me\b.*\b(?:feet|back|knees?|neck|shoulders?|head|legs?|traffic|boss|kids|waiting|wait)\b",
    r"\b(?:bored|scared|sick|worried|frightened) to death\b|\bdead (?:tired|on my feet)\b",
    r"\boverdos\w* on (?:the )?(?:chocolate|coffee|sugar|caffeine|netflix|tv|cake|candy|sweets|christmas|pizza|tea)\b",
    r"\bgave me (?:a|an) (?:heart attack|stroke)\b|\b(?:nearly|almost) (?:had|have) (?:a|an) (?:heart attack|stroke)\b",
    r"\b(?:hopeless|worthless|useless|rubbish|terrible) (?:at|with)\b|\bhopeless romantic\b",
    r"\bgiv\w* up on (?:trying to )?(?:get|getting|find|finding|sort|sorting|reach|reaching|call|calling|understand|understanding|figure|figuring)\b(?! (?:any )?(?:better|well|relief|out of bed))",
    r"\b(?:end of my|end of the) (?:rope|tether) (?:with|over|about|trying to)\b",
    r"\btired of (?:waiting|the wait|the (?:queue|waitlist|waiting list|paperwork|forms)|being on hold|chasing)\b",
    r"\b(?:nearly|almost) (?:fainted|passed out|collapsed|died|had a heart attack|had a stroke)\b.*\b(?:bill|price|cost|quote|saw|heard|read|told)\b",
    r"\b(?:mum|mom|dad|wife|husband|boss|partner|sister|brother|teacher|he|she|they|family) (?:will|would|is going to|is gonna|gonna|ll) (?:literally |actually )?kill me\b",
    r"\bgive up (?:smoking|drinking|alcohol|caffeine|coffee|sugar|meat|my seat|(?:the |my |all (?:the |my )?)?(?:opioids|opiates|painkillers|pills|tablets|meds|medications?|oxy\w*|morphine|tramadol|codeine))\b(?! (?:are|is|ready|lined))",
    r"\bone more (?:\w+ )?(?:time|form|doctor|call|letter|denial)\b.*\b(?:haha\w*|lol|lmao|jk|joking)\b|\bfrom beyond the grave\b",
    r"\bnot on my ?self\b",
    r"\bfeel (?:like )?(?:im|i am) dying\b(?: \w+){0,6} (?:tired|exhausted|fatigue|worn out)\b|\bthats just the (?:\w+ )?(?:fatigue|pain|tiredness|exhaustion|fibro|depression|migraine) talking\b",
    r"\b(?:saw|seen|see|treated|nursed) (?:plenty of |lots of |many |a lot of |so many )?(?:people|patients) (?:brought in|come in|coming in|admitted)\b(?: \w+){0,3} (?:after|with|for) (?:\w+ )?(?:overdoses?|ods|seizures|heart attacks|strokes)\b",
    r"\b(?:members|people|patients|clients|others|callers|friends)\b(?: \w+){0,3} (?:have |had )?(?:said|say) things like\b(?: \w+){0,8}",
    r"\blost (?:\w+ ){0,3}(?:friends?|mates|buddies|brothers?|sisters?|sons?|daughters?|husband|wife|dad|father|mum|mom|mother|colleagues?|comrades|cousins?|uncle|aunt) to suicide\b",
    r"\b(?:fix\w*|mend\w*|build\w*|putting up|put up|repair\w*) (?:the |a |some )?(?:fenc\w*|gate|hay|bales?|trailer|load)\b(?: \w+){0,2} (?:with|using) (?:some |a |the )?rope\b",
    # away, with the reason: "not going to be around for the next appointment, im having knee surgery"
    r"\b(?:wont|will not|cant|cannot|not going to|not gonna) be (?:around|here|in|there) for (?:my|the|an?|our|his|her|this|that|next|the next) (?:\w+ )?(?:appointment|infusion|session|visit|booster|consultation|follow up)\b"
    r"(?=.*\b(?:surgery|operation|holiday|vacation|away|travel\w*|abroad|visiting|wedding|for work|conference|in hospital|reschedul\w*|moving|rearrange)\b)",
    r"\b(?:affairs|things|paperwork|everything) in order (?:before|as|because) (?:i|we) (?:retire|move|emigrate|relocate|go (?:travelling|abroad|away)|have (?:my|the|a) (?:surgery|operation|baby))\b",
    r"\b(?:disappear|vanish|run away|escape) to (?:a|an|the) (?:desert island|island|beach|cabin|cottage|mountains|spa|sun|caribbean)\b",
    r"\b(?:wanted|want|could have|couldve|nearly|almost) (?:to )?died? when (?:i|we) (?:saw|got|read|opened|heard)\b",
    # a fear that passed: "thinking i couldnt breathe but the nurse showed me my oxygen was 99", "worried id stopped breathing"
    r"\b(?:worried|afraid|scared|thought|thinking|convinced|panicked|freaked out) (?:that )?(?:i|id|he|hed|she|shed|i had|he had|she had|i was|he was|she was) "
    r"(?:\w+ )?(?:stopped breathing|not breathing|couldnt breathe|could not breathe|cant breathe|dying|having a heart attack)\b"
    r"(?=.*\b(?:but|turned out|it passed|all normal|was fine|were fine|showed (?:me|her|him|us)|monitor)\b)",
    r"\b(?:made|making|makes|cracked|cracking|cracks) (?:a |another |the |his |her )?jokes? about (?:\w+ ){0,2}(?:will|funeral|coffin|headstone|eulogy|obituary)\b|"
    r"\bjok(?:ed|ing|es) about (?:\w+ ){0,2}(?:will|funeral|coffin|headstone|eulogy|obituary)\b",
    # an infusion ended after so many minutes: "the nurse said they'd be ending it after forty minutes"
    r"\bend(?:ing|ed|s)? (?:it|the (?:infusion|session|drip|treatment)) (?:after|at|around|about|within) (?:\w+ ){0,2}(?:minutes?|mins?|hours?|hrs?)\b",
    # a preference, not a wish: "rather be dead than listen to her radio station", "than go into a care home"
    r"\b(?:rather|sooner) (?:be dead|die) (?:than|then) (?:listen|hear|watch|eat|wear|support|vote|drink|be seen|admit|miss|sit through|"
    r"(?:go|going|move|moving|end up|be put) (?:in|into) a (?:care |nursing |retirement )?home)\b",
    r"\bwr(?:ote|iting) (?:out )?(?:my|a|our) will\b(?=.*\b(?:solicitor\w*|lawyer\w*|attorney\w*|notary|estate planning|turned \d+|retir\w*|mortgage|at [5-9]\d|as you do)\b)",
    r"\b(?:downsiz\w*|moving (?:house|home|out|abroad|to)|declutter\w*|relocat\w*|emigrat\w*)\b(?: \w+){0,8} (?:giving (?:things|stuff|everything) away|sort\w* (?:out )?(?:all )?(?:my|our) (?:paperwork|things|stuff|affairs))\b",
    r"\bgiving (?:things|stuff|everything) away\b(?=(?: \w+){0,8} (?:because|as|since|for) (?:we|i)(?:re| are|m| am)? (?:downsiz\w*|moving|declutter\w*|relocat\w*|emigrat\w*))",
    r"\bgoodbye (?:cards?|party|parties|presents?|gifts?|lunch|drinks|do|collection)\b",
    r"\b(?:made|make|making) (?:my )?arrangements for (?:my |the |our )?(?:\w+ )?(?:kids|children|son|daughter|dog|cat|pets?|mum|mom|dad)\b(?= to be (?:picked up|collected|looked after|minded|walked|fed|dropped)| on (?:infusion|treatment|appointment) days| while (?:i|im))",
    r"\bcant do this any ?more\b(?= (?:the |this |my )?(?:receptionist|hold|queue|forms?|paperwork|insurance|insurer|traffic|computer|printer|app|website|phone|parking))",
    r"\b(?:forms?|paperwork|hold music|on hold|queues?|receptionists?|emails?|insurers?|insurance|admin|waiting rooms?|traffic|parking|questionnaires?)\b(?: \w+){0,8} (?:i )?(?:want to|wanna|could|gonna|going to|ill|i will) (?:throw|jump|hurl)\w* (?:my ?self )?(?:out|off) (?:of )?(?:the|a) (?:window|bridge|balcony)\b(?!.*\b(?:for real|not joking|literally)\b)"
    r"(?!.*\bseriously\b(?! (?:though|tho|how|what|when|where|why|who|can|do|does|is|are|will|would|could)\b))",
    r"\bthought (?:i|id) (?:was going to|was gonna|would|might) die\b(?!.*\b(?:want|wish|again|still)\b)",
    r"\b(?:kms|want to die|wanna die|kill my ?self|i could die)\b every time (?:i|we|my|the|someone|they|he|she)\b",
    r"\b(?:got|get|gets|getting|keep getting) un ?alived\b|\bun ?alive(?: is| as)? (?:such a |a |the )?(?:dumb |silly |weird |stupid )?word\b|\b(?:says?|saying|said) un ?alive instead\b",
    r"\bsudden death\b(?= (?:overtime|round|penalt\w*|play ?off|extra time|game|match))",
    r"\bmorir(?:me)? de (?:la |el )?(?:verguenza|vergüenza|risa|calor|frio|frío|hambre|sueño|aburrimiento|amor|miedo)\b",
    r"\bdrowning in (?:paperwork|work|emails?|bills|forms|laundry|admin|homework|debt|appointments)\b",
    r"\b(?:says|said|reckons|warns?|warned|thinks) (?:that )?(?:ill|i will|id|i would|youll|you will|youd) kill (?:my|your) ?sel(?:f|ves)\b"
    r"(?= (?:one day|doing|on|with|up|fixing|climbing))",
    r"\bfeels? like (?:im|i am|hes|shes|he is|she is) (?:going to |gonna )?(?:die|dying) (?:when|whenever|every time|each time|during) "
    r"(?:the |my |a |it |i |he |she )?(?:pain|flares?|migraines?|attacks?|periods?|cramps|spasms?)\b",
    r"\b(?:the|our|my) (?:drains?|gutters?|system|servers?|roads?|nhs|hospitals?|wifi|boiler|washing machine|dishwasher|phone|laptop|"
    r"network|staff|shops?|council|buses|trains|pharmacy|website|printer|fridge|freezer)\b(?: \w+)? (?:cant|can not|cannot|couldnt) cope\b",
    r"\bcut my ?self (?:shaving|cooking|chopping|gardening|on (?:a|the|some) (?:knife|glass|tin|can|paper|fence|nail|thorn|rose|broken \w+)|by accident|accidentally)\b|"
    r"\bburn(?:ed|t)? my (?:\w+ )?(?:on (?:the|a) (?:stove|oven|iron|kettle|pan|hob|grill|toaster)|cooking|making (?:dinner|tea|lunch|breakfast))\b(?!.*\b(?:on purpose|deliberately|again|want to)\b)",
    r"\bwont be (?:around|here) (?:much )?longer (?:at|in|with) (?:this|the|my) (?:job|company|house|flat|town|city|place|area|clinic|team|school|role|firm)\b",
    r"\b(?:nearly|almost) killed my ?self\b(?= (?:tripping|falling|slipping|laughing|on the (?:stairs|ice|floor|cat|dog|rug)|when i (?:tripped|fell|slipped)))",
    r"\bwant to die (?:every time|whenever|when) (?:i|we) (?:see|look at|open|get|read)\b|"
    r"\b(?:homework|exams?|school|maths|math|work|job)\b(?: \w+){0,3} (?:make|makes|making) (?:me|her|him|them) want to die\b",
    r"\b(?:he|she|they)(?:d| would| will|ll) (?:literally |actually )?kill me\b",
    r"\bgiv\w* up on (?:my|the|this|that|our) (?:\w+ )?(?:insurance|insurer|company|clinic|doctor|gp|appeal|claim|application|diet|team|referral)\b",
    r"\bend(?:ing)? (?:it|things) with (?:him|her|them|(?:my|his|her|the|their|our) (?:\w+ ){0,2}(?:clinic|doctor|gp|boyfriend|girlfriend|partner|husband|wife|therapist|physio|dentist|specialist|provider|insurer|insurance|boss|job|team|surgeon))\b",
    rf"\b(?:taking|take|bring|bringing|pack|packing) (?:all )?(?:of )?(?:my|the) (?:\w+ )?{PILLS}(?: \w+){{0,2}} (?:with me|along|on (?:holiday|vacation|a trip|the plane|the flight)|to (?:the|my) (?:clinic|appointment|consultation))\b",
    r"\bdriving me (?:up the wall|mad|crazy|nuts|insane|round the bend|round the twist)\b",
    r"\b(?:wifi|wi fi|signal|internet|parking|reception|app|website|system|printer|traffic|buses|trains?|satnav|map|coffee|tv)\b(?: \w+){0,4} (?:is|are|was|were) (?:so |totally |completely |utterly |just )?hopeless\b",
    r"\b(?:car|battery|phone|laptop|engine|printer|plants?|tv|wifi|email|emails|line|website|app)\b(?: \w+){0,3} (?:died|dead|is dying|unresponsive)\b",
    r"\b(?:said|say|saying|final|a|kissed|waved) goodbye to (?:my|the|those|these|that|this) (?:walking stick|stick|crutch\w*|wheelchair|cane|pain|pain clinic|clinic|opioids?|pills|meds|painkillers|old \w+|job|car)\b",
    r"\b(?:affairs|things|paperwork) (?:are |is )?(?:finally )?in order with (?:the|my) (?:insurer|insurance|bank|clinic|paperwork)\b|\bend of the (?:road|line) (?:for|with) (?:my|the|our|this) (?:insurance|coverage|claim|car|phone|plan|appeal)\b",
    r"\b(?:laughed|laughing|laugh) so (?:hard|much) (?:that )?(?:i|we) (?:couldnt|could not|cant|can not) breathe\b",
    r"\bmy (?:last|final) (?:session|appointment|infusion|treatment|visit|booster) (?:is|was) (?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|next|in)\b",
    r"\bis my (?:last|final) (?:session|appointment|infusion|treatment|bill|payment) (?:billed|charged|covered|paid|different)\b",
    r"\b(?:wont|will not|cant|cannot) be (?:around|here|in|there) for (?:my|the|an?|our|his|her) (?:appointment|infusion|session|visit|\w+ (?:appointment|session))\b",
    # away for a while, with the reason: "not going to be around next week, on holiday in Spain"
    r"\b(?:not (?:going to|gonna)|wont|will not) be (?:around|here)\b(?: \w+){0,3} (?:week|weeks|weekend|month|days?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"(?=(?: \w+){0,3} (?:on holiday|on vacation|away|travel\w*|on a trip|visiting|at a wedding|for work|abroad|at a conference))",
    r"\b(?:affairs|things|paperwork|everything) in order (?:for|before) (?:the|my|our) (?:move|house move|trip|holiday|surgery|operation|wedding|retirement|new job|relocation|emigration|baby)\b",
    r"\bsleep (?:forever|for a week|for a year|for days) (?:after|when|once) (?:this|my|the) (?:shift|week|exam|exams|move|party|day|job)\b",
    r"\b(?:the )?old me (?:would|wouldve|would have|used to)(?: have)? (?:\w+ ){0,3}(?:wanted|want) to (?:die|end it|give up|disappear)\b",
    r"\b(?:feel|feels|felt) like (?:i|im|he|hes|she|shes|they|theyre|we)(?: am| is| are)? (?:going to|gonna) die\b(?= (?:every|each|whenever|every time))",
    r"\b(?:throw|hurl|fling) my ?self (?:off|out of|under) (?:a|the) (?:cliff|window|bridge|bus|train)\b(?= (?:in|at|during) (?:\w+ ){0,2}(?:class|lesson|meeting|work|the office|school|practice|rehearsal|the queue))",
    r"\b(?:jokes?|joking|joked)\b(?: \w+){0,3} (?:jump|throw \w+self|kill \w+self)\b|\b(?:jump off a bridge|throw (?:my|him|her)self off a (?:bridge|cliff)|kill (?:my|him|her)self) if (?:i|he|she|they|we) (?:has|have|had) to (?:hear|listen|sit|watch|do|fill|read|see|wait|deal)\b",
)
