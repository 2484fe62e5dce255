"""The crisis, emergency and dosing patterns, and the words people in distress misspell.

Each set is searched as one alternation, compiled the first time a message reaches it. The
patterns err towards catching: a false alarm costs a person a phone number they did not need; a
miss can cost far more. The few exemptions are for what is plainly not about the writer now:
research questions, nicknames of conditions ("suicide headache"), and events in the past that are over.
"""

from __future__ import annotations

import re
from functools import cache


class Patterns:
    """Alternative patterns searched as one."""

    __slots__ = ("_joined", "sources")

    def __init__(self, *sources: str) -> None:
        self.sources = sources
        self._joined = "|".join(f"(?:{source})" for source in sources)

    def search(self, words: str) -> bool:
        """Whether any of the patterns occurs in `words`."""
        return compiled(self._joined).search(words) is not None


@cache
def compiled(source: str) -> re.Pattern[str]:
    """A pattern, compiled the first time it is needed (a cache of a pure function)."""
    return re.compile(source)


# Long crisis words, and the short misspellings that fuzzy matching would not dare correct.
CRISIS_WORDS = (
    "suicidal", "suicide", "overdose", "overdosed", "overdosing", "seizure", "seizures", "unconscious",
    "unresponsive", "breathing", "killing", "myself",
)  # fmt: skip
TYPOS = {
    "kil": "kill", "killin": "killing", "kms": "kms", "pils": "pills", "hart": "heart",
    "tablits": "tablets", "tonite": "tonight", "breth": "breath", "cant breath": "cant breathe", "od": "od",
    "sucide": "suicide", "sucidal": "suicidal", "suicidle": "suicidal", "suacidal": "suicidal",
    "overdoes": "overdose", "overdoesd": "overdosed", "sezure": "seizure", "siezure": "seizure",
}  # fmt: skip

ME = r"(?:my ?self|me)"
PILLS = r"(?:pills?|tablets?|meds|medications?|medicine|oxy\w*|morphine|opioids?|codamol|co codamol|ketamine|tramadol)"
PEOPLE = (
    r"(?:i|he|she|they|we|someone|somebody|husband|wife|partner|son|daughter|mum|mom|mother|dad|father|"
    r"friend|flatmate|roommate|boyfriend|girlfriend|brother|sister|child|kid|toddler|baby|patient)"
)

# Thoughts, plans, means and goodbyes of suicide, and self-harm.
SUICIDE = Patterns(
    r"\bsuicid\w*\b(?! (?:headache|disease))",
    r"\bkill(?:ing|ed|s)? (?:my|him|her|them|your) ?sel(?:f|ves)\b",
    r"\b(?:hang|hanging|shoot|shooting|drown|drowning|throw|throwing|end|ending|off|offing) "
    r"(?:my|him|her|them|your) ?sel(?:f|ves)\b",
    r"\bhelp (?:me|him|her|them) (?:to )?die\b",
    r"\b(?:want|wants|wanted|wanting|wanna|wish|wishes)(?: \w+){0,3} to (?:die|disappear|not exist|stop existing|be gone)\b",
    r"\bstop existing\b|\bdisappear (?:for good|forever)\b",
    r"\btired of (?:living|life|being alive|being here)\b",
    r"\b(?:give|giving|gave) up on (?:life|living)\b|\blet go of life\b|\bcant do life\b",
    r"\b(?:my|a|her|his|their) goodbye(?: message| post| note| letter)?\b",
    r"\blooking at (?:the|my) pills\b|\bpills? (?:are |is )?ready\b",
    r"\bmake (?:it|everything|it all|the pain) stop\b.*\b(?:for good|forever|permanently)\b",
    r"\beasy way out\b",
    r"\bif i (?:wasnt|was not|werent|were not) (?:here|around|alive)\b",
    r"\b(?:fine|better|happier|relieved|easier)(?: off)? (?:without|if) (?:me|him|her|them|i wasnt|he wasnt|she wasnt)\b",
    r"\bbridge\b.*\b(?:solve|end it|jump|over the edge)\b|\bover the edge\b",
    r"\bletters? to everyone\b|\bleft a (?:suicide )?note\b",
    r"\bchecking out (?:permanently|for good)\b|\bout of (?:everyones|everybodys|your|their) hair for good\b",
    r"\bjoin my (?:husband|wife|partner|mum|mom|dad|son|daughter|father|mother)\b.*\b(?:soon|heaven|enough)\b",
    r"\btime (?:i|to) let go\b",
    r"\blethal dose\b|\bwould be too many\b|\bquickest if i took\b",
    r"\bmade sure of (?:that|it)\b|\bmy (?:own )?funeral\b",
    r"\bnot come back\b|\bnot (?:planning on|going to be|gonna be) (?:being )?(?:here|around)\b",
    r"\bbought (?:a|some) (?:rope|gun|hose|pills)\b|\bexhaust\b",
    r"\bwr(?:ote|iting) (?:out )?(?:my|his|her|a) will\b",
    r"\bfor when (?:i|im|he|hes|she|shes|they|theyre) gone\b",
    r"\bways to do it\b",
    r"\b(?:finish|finishing|end|ending) (?:my|his|her|their) life\b",
    r"\b(?:hope|hoping|wish|want|pray)\w* (?:it|this|that|the \w+|something|someone|they) (?:would |will )?kills? me\b",
    r"\bkms\b",
    r"\bun ?aliv\w*",
    r"\bsewer ?slide\b",
    r"\b(?:top|topping|do|doing) my ?self in\b",
    r"\b(?:top|topping) my ?self\b",
    r"\b(?:just|ill|i will|im going to|gonna) end it\b",
    r"\bend(?:ing)? it all\b",
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
    r"\bgone for good\b|\bgone gone\b",
    r"\b(?:plan|planning|going|intend|intending|expect|expecting) to be gone\b",
    r"\b(?:not|never) (?:going to|gonna) be (?:around|here|alive)\b",
    r"\b(?:wont|will not|dont think ill) be (?:around|alive|here)\b(?! (?:for|next|on|at|this|that|to|when|tomorrow))",
    r"\b(?:wont|will not) be a (?:problem|burden|bother)\b.*\b(?:longer|soon|any ?more|for good)\b",
    r"\bbe alive by\b",
    r"\bchecking out(?: early| for good| tonight| soon|$)",
    r"\b(?:dont|do not|doesnt|does not|never) (?:want|wanna|wish)(?: to)? (?:live|be alive|be here|exist|wake up|go on|keep going|carry on)\b",
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
    rf"\b(?:stockpil|hoard|saved up|saving up|been saving|stash)\w*\b.*\b(?:{PILLS}|enough)\b",
    rf"\benough {PILLS}? ?(?:saved|stored|put away|to finish|to end|to do it|to die)\b",
    rf"\bhow many {PILLS}\b.*\b(?:take|kill|die|enough|lethal)\b",
    rf"\b{PILLS} lined up\b",
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
    r"\bplan(?:ning|ned)? (?:how|when|a way|the way|my way)\b",
    r"\b(?:think|thinking|thought|thoughts) (?:about|of) (?:hurting|harming|killing|ending|cutting) (?:my|your|him|her|them)sel\w*",
    r"\b(?:hurting|harming) (?:my|your)sel(?:f|ves)\b",
    r"\b(?:with|holding|got|have|bought|counting|staring at) (?:a|the|my|this|her|his) (?:bottle|box|pack|packet|handful|stash|pile) of (?:pills|tablets|meds|painkillers|sleeping pills)\b",
    r"\b(?:dont|do not|cant|cannot|can not) see (?:the|a|any) point\b",
    r"\bno point (?:any ?more|to any of this|in any of this)\b",
    r"\b(?:switch|turn|shut) (?:my ?self |me |it all |everything )?off (?:permanently|for good|forever)\b",
    r"\bmy last (?:day|night|week|weekend|message|post|goodbye)\b(?! (?:at|of|in|on|before|with))",
    r"\b(?:standing|sitting|stood|sat|up) on (?:the|a|an|this) (?:overpass|bridge|roof|rooftop|ledge|edge|cliff|"
    r"railway|tracks|parapet|railing)\b",
    r"\bhow (?:high|far|tall|many floors)\b.*\b(?:to be sure|to die|to kill|fatal|lethal|enough)\b",
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
    rf"\b(?:take|taking|took|swallow|swallowing) (?:them |those |these |my {PILLS} |the {PILLS} |it )?all\b",
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
EMERGENCY = Patterns(
    rf"\b{PEOPLE} (?:overdosed|odd|od d|has od|have od)\b",
    r"\boverdosed\b|\boverdosing\b",
    r"\boverdose\b.*\b(?:help|please|now|i think|urgent)\b|\b(?:help|please)\b.*\boverdose\b",
    r"\b(?:is |s |hes |shes |on the floor |started )fitting\b|\bfitting(?: help|$)",
    r"\b(?:sats|oxygen|o2)\b.*\b(?:dropping|falling|low|\d+)\b",
    r"\bgone (?:grey|gray|white|pale)\b",
    r"\bblood pressure (?:is )?(?:2\d\d|1[89]\d)\b|\bheart rate (?:is )?(?:1[5-9]\d|2\d\d)\b",
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
    r"\b(?:not|isnt|wont|stopped|is not|barely|hardly|not really) (?:responding|answering|moving|waking|conscious)\b",
    r"\b(?:took|taken|had|used|swallowed|ate|eaten) (?:way |far |much |a lot )?(?:more|too much|too many)\b"
    r".*\bthan (?:\w+ )?(?:should|was supposed|were supposed|prescribed|meant|allowed)",
    r"\bwont wake\b|\bwill not wake\b|\bcant wake (?:him|her|them|my|up)\b|\bnot waking up\b",
    r"\bunresponsive\b|\bunconscious\b",
    r"\bslumped\b",
    r"\bcant (?:stay|keep) awake\b",
    r"\b(?:collapsed|fainted|passed out|blacked out|blacking out|keeled over)\b",
    r"(?<!nearly )(?<!almost )\b(?:having|had|has|is having) a (?:seizure|fit|heart attack|stroke)\b",
    r"\bseizing\b|\bconvuls\w*|\btwitching\b|\bseizures?\b",
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
GENERAL_QUESTION = Patterns(
    r"^(?:can|could|does|do|is|will|would|might|may|what|how|why|are|should|has|have|whats)"
    r"(?: \w+)?(?: \w+)? (?:ketamine|it|you|your|one|people|someone|anyone|patients|a person|the|they|infusions?|"
    r"this|that|there|i|if)\b"
)
PAST = Patterns(
    r"\b(?:back in \d{4}|in (?:19|20)\d\d|years? ago|years back|months ago|last (?:year|month|week|time|session|infusion)|as a (?:kid|child|teen\w*)|"
    r"when i was|used to|in the past|history of|\d+ years ago|previous(?:ly)?|once had|had (?:a|one) (?:few|couple))\b"
)
RECOVERED = Patterns(
    r"\b(?:good place|doing (?:well|better|ok|okay|fine)|better now|no longer|not any ?more|recovered|"
    r"stable for|been stable|well for years|(?:now )?(?:i am|im) (?:fine|well|ok|okay))\b"
)
RESEARCH = Patterns(
    r"\b(?:research\w*|stud\w*|paper|article|dissertation|trials?|patients|screen\w*|prevention|risk|"
    r"label|warning|side effects?|cause|reduce|mentioned|what should i do if|warning signs|watch for|support group|"
    r"raising money)\b"
)
FIRST_PERSON_NOW = Patterns(
    r"\b(?:i feel|im feeling|i am feeling|feeling|i want|ive been|i have been|i keep|right now|my suicidal|"
    r"(?:im|i am) (?:so |very |really |a bit |quite )?suicidal|im having|i have (?:been )?(?:suicidal|thoughts))\b"
)
ELIGIBILITY = Patterns(
    r"\b(?:rule me out|rules me out|can i still|am i (?:still )?(?:allowed|eligible)|will (?:they|the clinic) ask|"
    r"does that (?:mean|stop|rule)|is (?:ketamine|it) (?:ok|okay|safe) for (?:me|him|her|them)|intake form|"
    r"have to (?:tell|mention|declare|put)|(?:is|am|are) (?:he|she|i|they|we) (?:still )?eligible)\b"
)
NEGATED = Patterns(r"\b(?:not|never|no longer|isnt|wasnt|arent) (?:feeling |been |ever been )?suicidal\b")
CURRENT = Patterns(r"\b(?:im|i am|i feel|feeling|i want|again|now|tonight|today|still|these days|lately)\b")
BARE_SUICIDE_WORD = r"\bsuicid\w*\b"
HYPOTHETICAL = Patterns(
    r"\b(?:what (?:should|do|would|can) (?:i|we|you|they|my \w+|the \w+) do (?:if|when)|if (?:i|we|he|she|they|someone|"
    r"a patient|anyone) (?:ever|were to)|in case|just in case|be prepared|a plan in place|when a (?:patient|caller)|"
    r"if a (?:patient|caller)|who should (?:i|we|they) call)\b"
)

DOSING = Patterns(
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
