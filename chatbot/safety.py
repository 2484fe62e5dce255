"""Words that must never reach the matcher: crisis, emergency, and requests for personal dosing.

Checked on the folded words of a message (lower case, apostrophes dropped: "can't" is "cant")
before any matching, so that no phrasing of any knowledge file can shadow them. The patterns err
towards catching: a false alarm costs a person a phone number they did not need; a miss can cost
far more. The few exemptions are for what is plainly not about the writer now: research questions,
nicknames of conditions ("suicide headache"), and events in the past that are over.

Measured on tests/data/safety_dev.yaml (tuning) and the crisis questions of the held-out set.
"""

from __future__ import annotations

import re
from enum import Enum

from chatbot.text import phrase_key


class Alarm(Enum):
    """What a message is, for safety's sake, before anything else is decided."""

    SUICIDE = "suicide"
    EMERGENCY = "emergency"
    DOSING = "dosing"


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))


_ME = r"(?:my ?self|me)"
_PILLS = r"(?:pills?|tablets?|meds|medications?|medicine|oxy\w*|morphine|opioids?|codamol|co codamol|ketamine|tramadol)"
_PEOPLE = (
    r"(?:i|he|she|they|we|someone|somebody|husband|wife|partner|son|daughter|mum|mom|mother|dad|father|"
    r"friend|flatmate|roommate|boyfriend|girlfriend|brother|sister|child|kid|toddler|baby|patient)"
)

# Thoughts, plans, means and goodbyes of suicide, and self-harm.
_SUICIDE = _any(
    r"\bsuicid\w*\b(?! (?:headache|disease))",
    r"\bkill(?:ing|ed|s)? my ?self\b",
    r"\b(?:hope|hoping|wish|want|pray)\w* (?:it|this|that|the \w+|something|someone|they) (?:would |will )?kills? me\b",
    r"\bkms\b",
    r"\bun ?aliv\w*",
    r"\bsewer ?slide\b",
    r"\b(?:top|topping|do|doing) my ?self in\b",
    r"\btop my ?self\b",
    r"\bhang(?:ing)? my ?self\b",
    r"\bfinish(?:ing)? (?:my ?self|me) off\b",
    r"\b(?:end|ending|take|taking) (?:my|his|her|their) (?:own )?life\b",
    r"\b(?:end|ending|finish|finishing) (?:it|it all|things|everything)(?: tonight| today| now| soon| for good|$)",
    r"\b(?:going|planning|plan|want|wanna|ready|about) to (?:end|finish) (?:it|things|everything)\b",
    r"\bnot (?:be )?alive any ?more\b|\bnot be alive\b",
    r"\bwish (?:i|id) (?:was|were|had) (?:dead|never been born|died)\b",
    r"\bno point (?:in )?(?:going on|living|carrying on|being alive|being here)\b",
    r"\bnothing (?:left )?to live for\b",
    r"\bwant (?:it all|everything) to (?:stop|end) (?:permanently|forever)\b",
    r"\bend(?:ing)? my suffering\b",
    r"\b(?:want|wanna|wanted|going|ready|wish|wishing|trying|plan|planning|hope|hoping|pray|praying|deserve)"
    r"\b(?: \w+){0,5} (?:to )?(?:die|be dead|not be alive|not be here|not exist)\b",
    r"\bshould (?:just )?die\b",
    r"\b(?:rather|better off|be better|happier|relieved|easier for everyone)\b(?: \w+){0,4} (?:dead|gone|died|without me)\b",
    r"\bif i (?:was|were|am) (?:dead|gone)\b",
    r"\bif i died\b",
    r"\bwhen im gone\b",
    r"\bgone for good\b",
    r"\b(?:not|never) (?:going to|gonna) be (?:around|here|alive)\b",
    r"\b(?:wont|will not|dont think ill) be (?:around|alive|here)\b",
    r"\bbe alive by\b",
    r"\bchecking out(?: early| for good| tonight| soon|$)",
    r"\b(?:dont|do not|doesnt|does not|never) (?:want|wanna|wish) to (?:live|be alive|be here|exist|wake up|go on|keep going|carry on)\b",
    r"\bno (?:will|reason|point|desire|wish) (?:to|in|for) (?:live|living|life|go on|going on|carry on|keep going)\b",
    r"\bwhats the point (?:of|in) (?:living|life|going on|carrying on|anything)\b",
    r"\b(?:life|living)(?: is| isnt| is not|s)? (?:not )?worth (?:living|it)\b",
    r"\bnot worth living\b",
    r"\bcant (?:go on|keep going|carry on|do this any ?more|take (?:it|this) any ?more|cope)\b",
    r"\b(?:sleep|rest) forever\b",
    r"\b(?:not|never|dont|do not) (?:to )?wake up\b",
    r"\bdie in my sleep\b",
    r"\b(?:ways?|how) to (?:die|kill my ?self|end it|end my life|do it painlessly)\b",
    r"\bpainless(?:ly)? (?:way|death|to die)\b",
    r"\bresearch\w* (?:ways|how) to\b",
    r"\bmake it look like an accident\b",
    rf"\b(?:stockpil|hoard|saved up|saving up|been saving|stash)\w*\b.*\b(?:{_PILLS}|enough)\b",
    rf"\benough {_PILLS}? ?(?:saved|stored|put away|to finish|to end|to do it|to die)\b",
    rf"\bhow many {_PILLS}\b.*\b(?:take|kill|die|enough|lethal)\b",
    rf"\b{_PILLS} lined up\b",
    r"\bready to use (?:it|them)\b",
    r"\bhave the means\b",
    r"\b(?:rope|noose)\b",
    r"\bgun\b.*\b(?:my ?self|picking it up|my head|loaded|nightstand|use it)\b",
    r"\brazor\w*\b",
    r"\bjump(?:ing)? (?:off|from|in front)\b",
    r"\b(?:roof|bridge|ledge|cliff|car park)\b.*\bjump\w*",
    r"\bjump\w*\b.*\b(?:roof|bridge|ledge|cliff|car park)\b",
    r"\b(?:in front of|under) (?:a|the) (?:train|bus|truck|lorry|car)\b",
    r"\bwalk(?:ing)? into the (?:sea|ocean|river|lake)\b",
    r"\b(?:crash|crashing|drive|driving) (?:my car |the car )?(?:into|off)\b",
    r"\bgarage\b.*\bengine\b|\bengine\b.*\bgarage\b",
    r"\b(?:goodbye|good bye|farewell) (?:everyone|all|world|letters?|notes?|cruel world)\b",
    r"\bsaid (?:my )?goodbyes\b",
    r"\blast message\b",
    r"\b(?:letters?|notes?) (?:to|for) my (?:family|kids|children|wife|husband|mum|mom|parents|partner)\b",
    r"\bwrote (?:my will|letters|a letter|a note|notes|goodbye)\b",
    r"\bgiv(?:ing|en|e) (?:my|all my) (?:things|stuff|belongings|possessions) away\b",
    r"\bgiving (?:things|stuff|everything) away\b",
    r"\bso (?:hes|shes|theyre|its) (?:sorted|looked after|taken care of) when\b",
    r"\bmade (?:my )?arrangements\b",
    r"\bmade up my mind\b",
    r"\b(?:i have|ive got|ive|i got) a plan\b",
    r"\bplan(?:ning)? (?:how|when) (?:i|id|to)\b",
    r"\btell my (?:mum|mom|kids|family|wife|husband|children|parents|partner|dad) (?:i|im|that i)\b",
    r"\btonight is the night\b",
    r"\bthis is it\b.*\b(?:goodbye|bye)\b|\b(?:goodbye|bye)\b.*\bthis is it\b",
    r"\b(?:scared|afraid|worried|frightened) (?:of )?what i (?:might|will|could|may) do\b",
    r"\bdont trust my ?self\b",
    r"\bdo something stupid\b",
    r"\bremove my ?self from\b",
    r"\b(?:im|i am|feel like|feel) (?:such |just )?a burden\b",
    r"\bwaste of space\b",
    r"\blooking forward to (?:dying|death|being dead)\b",
    r"\bnot (?:scared|afraid) (?:of|to) (?:dying|die|death)\b",
    r"\bonly way out\b",
    r"\bi want out\b.*\blife\b|\bout of life\b",
    r"\b(?:done|finished) with (?:life|living|everything)\b",
    r"\bdone fighting\b",
    r"\bdont see a future\b",
    r"\b(?:overdose|od) on purpose\b",
    r"\b(?:take|taking) an overdose\b",
    r"\b(?:going to|gonna|want to|about to|thinking of|thinking about) (?:take|taking|swallow|swallowing) (?:all|every|everything|the lot|a bottle|my whole)\b",
    rf"\b(?:take|taking|swallow|swallowing) (?:them |those |these |my {_PILLS} |the {_PILLS} |it )?all\b",
    r"\b(?:on purpose|deliberately)\b.*\b(?:bleed|hurt|harm|die|dead|overdose|crash|stop)\w*",
    r"\b(?:bleed|hurt|harm|die|overdose|crash|stop)\w*\b.*\b(?:on purpose|deliberately)\b",
    r"\bself ?harm\w*\b",
    r"\b(?:cut|cutting|burn|burned|burnt|burning|hurt|hurting|harm|harming|scratch\w*|hit|hitting|punch\w*) "
    r"(?:my ?self|my (?:arms?|legs?|wrists?|skin|head|thighs?))\b",
    r"\b(?:been|started|start|keep) cutting\b|\bcutting again\b",
    r"\brelaps\w* (?:with |into |on )?(?:sh|self)\b",
    r"\buntil (?:it|they|i) bleeds?\b",
)

# An overdose or a medical emergency happening now, to the writer or to someone with them.
_EMERGENCY = _any(
    rf"\b{_PEOPLE} (?:overdosed|odd|od d|has od|have od)\b",
    r"\boverdosed\b|\boverdosing\b",
    r"\btaken an overdose\b",
    r"\b(?:has|have|ve|ive|s|just) taken (?:an overdose|\d+|all|everything|a load|too many|too much|loads)\b",
    r"\b(?:turning|gone|going|turned) blue\b",
    r"\btook (?:my whole|the whole|a whole|all|everything|every|a load of|a bunch|a handful|loads|way too|too many|too much|"
    r"an overdose|\d+)\b",
    r"\bswallowed (?:some|a |the |\d+|a full|everything|all|loads|a load|a bunch|a handful|a bottle|a whole)",
    r"\binjected (?:way )?(?:more|too much)\b",
    r"\btook (?:my|the|his|her) dose twice\b|\bdouble dosed\b",
    r"\b(?:cant|can not|cannot|couldnt|could not|unable to|struggling to|hard to|trouble|difficulty) "
    r"(?:breathe|breath|breathing|swallow)\b",
    r"\b(?:not|isnt|stopped|stopping|stops|barely|no longer) breathing\b",
    r"\bbreathing (?:feels |is |has |seems )?(?:really |very |so )?(?:slow|shallow|weird|funny|stopped|rattly)\b",
    r"\bno pulse\b",
    r"\b(?:lips|face|mouth|skin|fingers) (?:are |is )?(?:going |turning |gone |turned )?blue\b",
    r"\bblue around the (?:mouth|lips)\b",
    r"\b(?:going|went|gone) limp\b",
    r"\beyes (?:are )?rolling\b",
    r"\bfoaming at the mouth\b",
    r"\bchoking\b",
    r"\b(?:vomiting|throwing up|coughing up) blood\b",
    r"\b(?:not|isnt|wont|stopped|is not) (?:responding|answering|moving|waking)\b",
    r"\bwont wake\b|\bwill not wake\b|\bcant wake (?:him|her|them|my|up)\b|\bnot waking up\b",
    r"\bunresponsive\b|\bunconscious\b",
    r"\bslumped\b",
    r"\bcant (?:stay|keep) awake\b",
    r"\b(?:collapsed|fainted|passed out|blacked out|blacking out|keeled over)\b",
    r"(?<!nearly )(?<!almost )\b(?:having|had|has|is having) a (?:seizure|fit|heart attack|stroke)\b",
    r"\bseizing\b|\bconvuls\w*|\btwitching\b",
    r"\bface (?:has )?(?:dropped|drooping)\b|\bslurred\b",
    r"\bchest (?:pain|pains|hurts|hurting|is hurting|has been hurting|tight|tightness|is tight|is crushing)\b",
    r"\barm (?:is |has gone |went )?numb\b",
    r"\bheart (?:is |keeps |has been )?(?:going|racing|pounding|skipping|beating|thumping) "
    r"(?:like|so|crazy|really|too|\d+|out of|fast|and)\b",
    r"\bheart is going crazy\b",
    r"\b(?:feel like|think|feels like) (?:im|i am) dying\b",
    r"\btrying to jump\b|\brunning into (?:the )?traffic\b|\bjump out (?:of )?(?:the |a )?window\b",
    r"\bclimb\w* (?:over|off|onto) the (?:balcony|ledge|roof|railing)\b",
    r"\banaphyla\w*",
    r"\bthroat\b.*\b(?:closing|swelling|swollen)\b",
    r"\b(?:lips|tongue|face) (?:are |is )?swell\w*",
    r"\bcall(?:ed|ing)? (?:an )?ambulance\b|\bambulance\b",
    r"\bmedical emergency\b|\bthis is an emergency\b",
    r"\bnot moving\b",
)

# Emergency words that also appear in ordinary questions ("can ketamine cause seizures?").
_GENERAL_QUESTION = re.compile(
    r"^(?:can|could|does|do|is|will|would|might|may|what|how|why|are|should|has|have|whats)"
    r"(?: \w+)?(?: \w+)? (?:ketamine|it|you|your|one|people|someone|anyone|patients|a person|the|they|infusions?|"
    r"this|that|there|i|if)\b"
)
_PAST = re.compile(
    r"\b(?:years? ago|months ago|last (?:year|month|week|time|session|infusion)|as a (?:kid|child|teen\w*)|"
    r"when i was|used to|in the past|history of|\d+ years ago|previous(?:ly)?|once had|had (?:a|one) (?:few|couple))\b"
)
_RECOVERED = re.compile(
    r"\b(?:good place|doing (?:well|better|ok|okay|fine)|better now|no longer|not any ?more|recovered)\b"
)
_RESEARCH = re.compile(
    r"\b(?:research|study|studies|paper|article|trial|trials|patients|screen\w*|prevention|risk)\b"
)
_FIRST_PERSON_NOW = re.compile(r"\b(?:im|i am|i feel|i want|ive been|i have been|feeling|i keep|right now)\b")
_CURRENT = re.compile(
    r"\b(?:im|i am|i feel|feeling|i want|again|now|tonight|today|still|these days|lately)\b"
)
_BARE_SUICIDE_WORD = re.compile(r"\bsuicid\w*\b")

_DOSING = _any(
    r"\b(?:what|which|how much|how many) (?:dose|dosage|mg|milligrams?)\b.*\b(?:i|me|my|he|she)\b",
    r"\bhow (?:much|many) (?:mg|milligrams?|ml)\b",
    r"\bhow much ketamine (?:should|do|can|would|will|must) (?:i|we|he|she|they|my)\b",
    r"\b(?:my|his|her) (?:dose|dosage|doses|dosing)\b",
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
)


def check(text: str) -> Alarm | None:
    """The alarm a message raises, if any; crisis words win over dosing."""
    words = phrase_key(text)
    if not words:
        return None
    if _SUICIDE.search(words) and not _is_exempt_from_suicide(words):
        return Alarm.SUICIDE
    if _EMERGENCY.search(words) and not _PAST.search(words) and not _GENERAL_QUESTION.search(words):
        return Alarm.EMERGENCY
    if _DOSING.search(words):
        return Alarm.DOSING
    return None


def _is_exempt_from_suicide(words: str) -> bool:
    """A mention that is plainly not about the writer now: a past that is over, or research."""
    if _PAST.search(words) and (_RECOVERED.search(words) or not _CURRENT.search(words)):
        return True
    only_the_word = _SUICIDE.pattern and not _SUICIDE.search(_BARE_SUICIDE_WORD.sub(" ", words))
    return bool(only_the_word and _RESEARCH.search(words) and not _FIRST_PERSON_NOW.search(words))
