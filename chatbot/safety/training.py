"""The crisis model's training messages, and the model trained from them once per process.

Only training data: the safety sets written for tuning (safety_train*.yaml by the writers of WRITERS,
safety_dev*.yaml), the tuning question sets (dev*_questions.yaml, the real tuning half), everyday messages
(ordinary_chat*.yaml) and every phrasing of the shipped knowledge. Never a set that measures the bot:
safety_test*.yaml, ordinary_chat_test_*.yaml, crisis_heldout.yaml and heldout*_questions.yaml stay unseen
(tests/test_safety.py checks). The wheel carries the sets inside the package (safety/training/); a source
checkout reads them from tests/data.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache

from chatbot.package_files import PACKAGE_DIRECTORY
from chatbot.safety.check import folded_for_safety, respelled_word
from chatbot.safety.model import CrisisModel, train

# Writer N's hard look-alikes (safety_lookalikes_n.yaml: 220 ordinary messages in the words of danger, 80 in
# danger) shaped the exemptions but do not train the model: with them, the other writers held out lost recall
# (98.8% caught, 14 explicit missed, against 99.0% and 12 without them at the same threshold). The model is
# the net for crisis words written around the patterns; telling look-alikes apart is the exemptions' job.
# The safety sets by who wrote them, blind to the patterns and the model: tools/train_crisis_model.py holds
# out one writer at a time, so that the threshold is chosen for a style the model has not seen. The last eight
# were each scored before they trained anything: S (older patients, carers, English as a second language)
# 96.4% caught, 5.9% false alarms; T (short chat lines, slang) 97.0%, 3.7%; Y (danger stated plainly or
# half-plainly) 96.5%, 3.0%; V (danger said indirectly, and look-alikes of it) 89.5%, 17.0%; AB (short
# late-night chat lines) 96.7%, 6 of the explicit kinds missed, 6.4%; AC (a question about the treatment
# with the danger beside it) 91.9%, 9 missed, 5.6%; AD (danger hinted at, and ordinary look-alikes of the
# hints) 92.9%, 8 missed, 9.3%; AE (emergencies told in a hurry, often by someone beside the person) 97.2%,
# 2 missed, 7.9%. Their misses shaped patterns before they trained the model.
# Writers AF (passive despair in many voices; 89.4% caught, none of the explicit kinds missed, 8.7% false
# alarms, scored before use) and AG (slang, euphemism and other languages; 88.3%, 15, 9.3%) shaped patterns
# too (safety_patterns_af.yaml, safety_patterns_ag.yaml), but do not train the model: with them in it, the
# other writers held out lost explicit catches (35 of the explicit kinds missed against 31, for 138 false
# alarms against 149 of 6,561 look-alikes and everyday messages).
# Likewise writers AH (sloppy typing, voice-to-text slips, messages about a spouse, parent or child; 96.3%
# caught, 6 of the explicit kinds missed, 5.4% false alarms, scored before use) and AI (long forum posts and
# emails with the danger anywhere in the story; 95.0%, 7, 16.7%): safety_patterns_ah.yaml and _ai.yaml. With
# AH in the model the other writers held out missed 31 of the explicit kinds against 30 (threshold 3.9); with
# both, 36 (threshold 4.3: the long posts' look-alikes held out raise alarms at any threshold). Writer AJ
# (danger said plainly, with concrete means and signs; 95.0% caught, 10 of the explicit kinds missed, 14.2%
# false alarms, scored before use) came last and likewise only shaped patterns (safety_patterns_aj.yaml).
# Writer EA (short chat lines in a bad moment; scored before use: 91.0% caught, 12 of the explicit kinds
# missed, 6.0% false alarms) shaped patterns and trains the model: with EA in it, the other writers held out
# missed 20 of the explicit kinds against 24 (threshold 2.90 against 3.10).
# Writers FA (pain patients and their families, short lines to long messages with the danger anywhere) and FC
# (older patients, carers, second-language writers) likewise, scored before use: FA 97.1% caught, 3 of the
# explicit kinds missed, 4.5% false alarms; FC 95.2%, 5, 3.6%.
# Writer GA (phone-typed lines, danger told sideways, emergencies told by a bystander; scored before use:
# 97.6% caught, 4 of the explicit kinds missed, 10.0% false alarms) likewise.
# Writer GC (a broad mix of voices, as a clinic's chat box gets in a month; scored before use: 100% caught,
# none of the explicit kinds missed, 5.4% false alarms) likewise.
# Writers HA (plain and second-language writers, voice typing, misspelt danger: 98.3% caught, 2 of the
# explicit kinds missed, 10.0% false alarms), HB (the treatment told in alarming words beside real danger:
# 98.6%, 0, 1.1%) and HC (lines typed mid-conversation, danger masked by jokes and understatement: 96.2%, 6,
# 9.1%), each scored before use, likewise.
# Writers HE (danger told calmly and practically, beside ordinary arrangements: 96.4%, 4, 6.7%), HF (the hours
# after a treatment at home, told by older patients and carers: 98.6%, 2, 4.4%) and HG (the line between
# despair and a bad day: 96.9%, 0, 4.4%) likewise.
# Writers HH (teenagers and young adults texting: 96.2%, 5, 3.6%), HI (men who understate: 94.8%, 10, 2.7%)
# and HJ (a question about the treatment with the danger in one clause of it: 95.2%, 6, 2.7%) likewise.
# Writers HK (the line between a question about risk and a mix or overdose happening now: 97.9%, 2, 2.2%), HL
# (someone else in danger, told by a partner, parent or friend: 99.0%, 2, 5.0%), HM (lines of one to seven
# words: 92.4%, 8, 1.8%) and HN (older patients, danger told in religious, fatalistic or grieving words:
# 95.0%, 4, 8.3%) likewise.
# Writers HO (patients mid-treatment typing short lines, danger mixed into talk of the infusions: 99.4%, 1,
# 0.8%) and HP (carers, partners and grown children writing about the patient: 97.8%, 3, 3.3%) likewise.
# Writers HQ (passive despair said indirectly: envy of the dead, bargaining with God, "already a ghost":
# 84.4%, 3, 4.2%; 25 of its 110 despair messages missed) and HR (emergencies told in fragments, calmly or in
# passing: 98.2%, 3, 3.1%) likewise, and HS (veiled thoughts told in hints: 93.3%, 6, 6.7%) and HT (alarming
# words with no danger, a few dangers among them: 97.1%, 1, 5.7% of 230 look-alikes), HU (farmers, veterans
# and tradesmen, the means at hand told plainly: 95.6%, 7, 2.5%) and HV (long emails and forum posts, the
# danger in one sentence of the story: 97.9%, 3, 12.0%, most of them crises told as past and resolved).
# Writer IB (the hours after a treatment, real danger told calmly beside the ordinary aftermath; scored before
# use: 95.8% caught, 7 of the explicit kinds missed, 3.1% false alarms) likewise, and IC (questions of dose,
# method and lethality, asked by people at risk and by people who are not: 72.1%, 64, 1.9%; 58 of its 160
# suicide messages missed, a question that said it was meant).
# Writers ID (the same kind of questions, by another writer: 74.2% caught, 52 of the explicit kinds missed,
# 1.2% false alarms, scored before use with IC in the model) and IE (short lines typed late at night, in
# distress and not: 92.9%, 8, 0.0%) likewise, and IF (practical questions about afterwards, arrangements and
# amounts, from people at risk and people who are not: 91.7%, 15, 2.4%, scored with ID's patterns and IG's
# everyday lines in the model).
# Writer IH (questions about too much, mixing, poisoning and what to do if something goes wrong, beside
# ordinary safety questions and emergencies now: 97.5% of its 40 emergencies caught, 1 missed, 3.5% false
# alarms, and the risk note on 59.4% of its 160 risk questions, scored before use) shaped the risk note's
# patterns only (safety_patterns_ih.yaml): with it in the model the other writers held out missed 114 of the
# explicit kinds against 111 (writer ID 40 against 36), for 3 fewer false alarms. Writer IK (the same kinds,
# in a word or two, by brand and slang names, through a story; scored before use, after IH's patterns: 66.2%
# noted, 97.5% of its emergencies caught, 5.0% false alarms) likewise (safety_patterns_ik.yaml). Writer IJ
# wrote the frozen test set of its kind.
# Writers IL (short chat lines from people in pain, in danger now or only sounding it: 98.8% caught, none of
# the explicit kinds missed, 2.3% false alarms) and IM (longer messages and stories, the danger or only its
# look anywhere in the text: 97.5%, 3, 8.6%), each scored before use, shaped patterns only
# (safety_patterns_il.yaml, _im.yaml). With IL in the model the other writers held out missed 112 of the
# explicit kinds against 110, for 5 fewer false alarms; with IM, 116 for 4 more; with both, 115 for as many.
# Writer IN (questions asked ahead about what to do if something goes wrong, by carers, staff and families,
# beside the same words said of now; scored before use: 93.3% of its 60 emergencies caught, 4 missed, 10.4%
# false alarms, the risk note on 56.0% of its 150 risk questions) likewise (safety_patterns_in.yaml): with it
# in the model the other writers held out missed 109 of the explicit kinds against 110, for 11 more false
# alarms (threshold 2.80).
# Writer IO (dangers long past told beside the present, and dangers now told beside the past; scored before
# use: 98.2% caught, 1 of the explicit kinds missed, 16.8% false alarms) likewise (safety_patterns_io.yaml):
# with it in the model the other writers held out missed 116 of the explicit kinds against 110, for 9 fewer
# false alarms.
# Writer IP (the past and the present side by side, and carers asking what to do about how someone is;
# scored before use: 92.5% caught, 7 of the explicit kinds missed, 10.7% false alarms, the risk note on 53.3%
# of its 60 risk questions; on the code before the session that shaped it for this kind, 89.2%, 11, 12.7%,
# 40.0%) likewise (safety_patterns_ip.yaml): with it in the model the other writers held out missed 111 of the
# explicit kinds against 109, and 7 more of their people in danger, for 11 fewer false alarms.
WRITERS = {
    "A": ("safety_train.yaml",),
    "C": ("safety_train_c.yaml",),
    "D": ("safety_train_d.yaml",),
    "E": ("safety_train_e.yaml",),
    "F": ("safety_train_f.yaml",),
    "G": ("safety_train_g.yaml",),
    "H": ("safety_train_h.yaml",),
    "I": ("safety_train_i.yaml",),
    "J": ("safety_train_j.yaml",),
    "K": ("safety_train_k.yaml",),
    "L": ("safety_train_l.yaml",),
    "O": ("safety_train_o.yaml",),
    "S": ("safety_train_s.yaml",),
    "T": ("safety_train_t.yaml",),
    "V": ("safety_train_v.yaml",),
    "Y": ("safety_train_y.yaml",),
    "AB": ("safety_train_ab.yaml",),
    "AC": ("safety_train_ac.yaml",),
    "AD": ("safety_train_ad.yaml",),
    "AE": ("safety_train_ae.yaml",),
    "EA": ("safety_train_ea.yaml",),
    "FA": ("safety_train_fa.yaml",),
    "FC": ("safety_train_fc.yaml",),
    "GA": ("safety_train_ga.yaml",),
    "GC": ("safety_train_gc.yaml",),
    "HA": ("safety_train_ha.yaml",),
    "HB": ("safety_train_hb.yaml",),
    "HC": ("safety_train_hc.yaml",),
    "HE": ("safety_train_he.yaml",),
    "HF": ("safety_train_hf.yaml",),
    "HG": ("safety_train_hg.yaml",),
    "HH": ("safety_train_hh.yaml",),
    "HI": ("safety_train_hi.yaml",),
    "HJ": ("safety_train_hj.yaml",),
    "HK": ("safety_train_hk.yaml",),
    "HL": ("safety_train_hl.yaml",),
    "HM": ("safety_train_hm.yaml",),
    "HN": ("safety_train_hn.yaml",),
    "HO": ("safety_train_ho.yaml",),
    "HP": ("safety_train_hp.yaml",),
    "HQ": ("safety_train_hq.yaml",),
    "HR": ("safety_train_hr.yaml",),
    "HS": ("safety_train_hs.yaml",),
    "HT": ("safety_train_ht.yaml",),
    "HU": ("safety_train_hu.yaml",),
    "HV": ("safety_train_hv.yaml",),
    "IB": ("safety_train_ib.yaml",),
    "IC": ("safety_train_ic.yaml",),
    "ID": ("safety_train_id.yaml",),
    "IE": ("safety_train_ie.yaml",),
    "IF": ("safety_train_if.yaml",),
    "dev": ("safety_dev.yaml", "safety_dev2.yaml"),
}
# Ordinary questions, always trained on: the written tuning sets and the real tuning half (its few crisis
# messages count as suicide). Never a measuring set.
QUESTION_FILES = ("dev_questions.yaml", "dev3_questions.yaml", "real/real_tune.yaml")
# Everyday messages with no danger in them ("I've arrived", "on my way", "painting the spare room"), always
# trained on and never held out by the threshold tool: without them the model knew ordinary words only from
# questions about the treatment, and 28 of writer P's 400 got a crisis reply (scored before training).
# Writer W's 400, from older patients, carers and people writing English as a second language, came after
# the model had learnt the look of their crisis messages: 29 got a crisis reply ("Thank you my dear", "sorry
# my english"), scored before training.
# Writer Z's 400 from young people typing fast, likewise: 13 ("ordered pizza, no regrets"); writer AA's 400
# in many Englishes, 13. Writer DA's 400 lines about the treatment day ("my husband is having his infusion
# right now", "hes asleep on the sofa after it"), 26 (6.5%): the model had learnt such lines from the
# emergencies told in them. Writer DC's 400, half of them from the people with the patient, 38 (9.5%), with
# DA's in the model. Writer FB's 400 (the treatment day, and life with pain), 20 (5.0%), with DC's in it.
# Writer GB's 400 from partners, parents and friends about the patient's day and their own ("Sis drove mum
# today so I could work. Owe her a bottle of wine"), 28 (7.0%), with FB's in it.
# Writer HD's 400 from patients and the people around them, in the words a crisis also uses ("Going to bed
# early tonight", "Gave my mum's old handbags to my niece"), 24 (6.0%), with GB's in it.
# Writer IA's 400 from the hours and days after a treatment, when nothing is wrong ("took my lozenge earlier
# and now I'm sitting in the bath with bubbles and a candle"), 24 (6.0%), with HD's in it: 21 of them
# emergencies.
# Writer IG's 400 about arrangements, endings and leaving ("I won't need the parking permit after this week",
# "thanks for everything, bye!", "My next of kin is my niece") got 51 crisis replies (12.8%), with IA's in the
# model: it had learnt a farewell's words from the crisis messages that use them. They shaped an exemption
# (LEAVING_FOR_A_REASON) but do not train the model: held out, 10% of them still got one, and to keep
# everyday alarms within 3% the threshold tool asked for 3.20, where the writers held out lost 0.7 points of
# the people in danger reached (97.5% against 98.2%) and missed 48 more of the explicit kinds (159, 111).
ORDINARY_FILES = (
    "ordinary_chat.yaml",
    "ordinary_chat_r.yaml",
    "ordinary_chat_w.yaml",
    "ordinary_chat_z.yaml",
    "ordinary_chat_aa.yaml",
    "ordinary_chat_da.yaml",
    "ordinary_chat_dc.yaml",
    "ordinary_chat_fb.yaml",
    "ordinary_chat_gb.yaml",
    "ordinary_chat_hd.yaml",
    "ordinary_chat_ia.yaml",
)
TRAINING_FILES = (*(name for names in WRITERS.values() for name in names), *QUESTION_FILES, *ORDINARY_FILES)
# The sets that measure the bot's safety and matching: never trained on, their texts never printed.
MEASURING_FILES = frozenset(
    {
        "safety_test.yaml",
        "safety_test_m.yaml",
        "safety_test_u.yaml",
        "safety_test_gd.yaml",
        "safety_test_risk_ij.yaml",
        "ordinary_chat_test_q.yaml",
        "ordinary_chat_test_x.yaml",
        "ordinary_chat_test_db.yaml",
        "ordinary_chat_test_ge.yaml",
        "crisis_heldout.yaml",
        "conversations_test_cb.yaml",
        "real/real_test.yaml",
        "real/real_test_patients.yaml",
        "real/real_forum_check.yaml",
    }
)
# Chosen by tools/train_crisis_model.py, leaving out in turn one writer of the safety sets (WRITERS), the
# question sets, and one writer of everyday messages, and running the whole check on what is held out as the
# bot runs it: the lowest margin at which at most 3% of the held-out look-alikes and 3% of the held-out
# everyday messages get a crisis reply, and the model adds at most 1 in 400 to the patterns' own on the
# held-out ordinary questions. With a rare feature's evidence
# floored (model.py: RARE_FLOOR), 98.9% of the held-out writers' people in danger caught (16 of the explicit
# kinds missed), 2.9% false alarms on their look-alikes, 2.9% on everyday messages, at 2.70; without the floor
# it was 3.70, 98.5% and 24 missed. Writer DA's everyday lines about the treatment day then raised it to 2.90
# (held out, 5.5% of them got a crisis reply; scored before training, 6.5%): 98.6%, 20 missed; writer DC's, to
# 3.10 (held out, 7.8%; scored before training, 9.5%): 98.4%, 25 missed, 2.0% false alarms of 7,361
# look-alikes and everyday messages (with two patterns for its misses, 98.4% and 24); writer EA's, back to
# 2.90: 98.7%, 20 missed, 2.0% false alarms of 7,461 (149). Patterns that spare everyday lines ("collapsed on
# the sofa, wiped out", "cant go on tuesday", water pistols) left room for 2.80 (98.8%, 17 missed, 152), but
# there a phrasing of the shipped knowledge, "liquid ketamine to swallow", got the emergency reply; the tool
# then required that none does, and stayed at 2.90: 98.7%, 19 missed, 141. With writers FA, FC and FB and
# patterns for their misses, that phrasing alone held it at 3.20 (98.5%, 30 missed); the model now leaves a
# message worded as a phrasing of the knowledge to the patterns (Bot.assess), and the everyday messages hold
# it at 2.90: 99.0%, 11 missed, 167 false alarms of 8,081 (2.1%). (Earlier in this work, with no alarm allowed
# on the questions, one, "who won the football last night", held the threshold at 6.90: 96.8% caught.) The
# real tuning half's sixth later batch (160 ordinary questions) raised it to 3.00 (98.9%, 15 missed); writer
# GB's everyday lines from the people with the patient and writer GA's messages, with patterns for GA's
# misses, brought it back to 2.90: 99.0%, 12 missed, 178 false alarms of 8,751 (2.0%). Held out, GB's lines
# still get 29 crisis replies of 400 (7.2%): the model reads the people with a drowsy patient as in danger.
# With writer GC as well, and patterns for its false alarms: 99.1%, 13 missed, 180 of 8,881 (2.0%); with a
# question whether a mix may be had no emergency for the model (check.py), 179. With sleepiness told calmly
# and no sign of danger beside it no emergency for the model either (SLEEPY_AND_CALM), the bars allow 2.80:
# 99.1%, 12 missed, 183 of 8,881 (2.1%).
# With writers HA to HC and patterns for their misses and look-alikes, and for the explicit kinds then missed
# held out, it stays at 2.80: 99.2%, 10 missed, 180 of 9,261 (1.9%). With writer HD's everyday lines as well,
# and patterns for two explicit misses they brought and for four of HD's lines: 99.1%, 10 missed, 195 of 9,661
# (2.0%); with patterns that spare 13 look-alikes the patterns alone had read as a crisis (a feeling asked
# about ahead, the risk of a seizure, rope at work...), 183 (1.9%). With writers HE to HG, and patterns for
# their misses and look-alikes: 99.2%, 10 missed, 202 of 10,181 (2.0%). With writers HH to HJ (men who
# understate the hardest) and patterns for their misses, still 2.80: 99.1%, 15 missed, 207 of 10,511 (2.0%).
# With writers HK to HN (the hardest: HM's lines of a few words and HN's older patients) and patterns for
# their misses and look-alikes, the bars ask for 2.90: 99.0%, 27 missed, 210 of 11,041 (1.9%); at 2.80, 23
# missed but 228 (2.1%). With patterns that spare more look-alikes ("how many co-codamol can I take in a day",
# the weather that "makes me want to die", a partner collapsed onto the sofa), 205 (1.9%). With writers HO and
# HP and patterns for their misses and look-alikes, still 2.90: 99.1%, 25 missed, 204 of 11,281 (1.8%).
# With writers HQ and HR and patterns for their misses and look-alikes, still 2.90: 99.1%, 24, 203 of 11,531
# (1.8%). With writers HS and HT (230 look-alikes of HT's) and patterns for their misses and look-alikes, the
# bars allow 2.80: 99.2%, 26 missed, 217 of 11,881 (1.8%). With writers HU and HV and patterns for their
# misses and look-alikes, they ask for 3.00: 99.1%, 31 missed, 212 of 12,101 (1.8%); with patterns that no
# longer hide danger said of now, 27 missed. With writers IA (everyday lines after a treatment) and IB
# (danger told calmly in the hours after one) and patterns for their misses and look-alikes, 2.90: 99.1%, 29
# missed (25 without IB's own), 241 of 12,661 (1.9%). With writer IC (questions of dose and method from people
# at risk) and patterns for its misses, still 2.90: 98.7%, 70 missed (28 without IC's own, 42 of them: its
# questions are the hardest yet), 241 of 12,821 (1.9%).
THRESHOLD = 2.90
# The labels of the safety sets. A person in danger now: "crisis" is the real question sets' label for one.
IN_DANGER = ("suicide", "despair", "emergency", "crisis")
EXPLICIT = ("suicide", "emergency", "crisis")  # danger said outright: none of these may be missed
LOOK_ALIKES = ("none", "risk-question")  # nobody in danger now: a crisis reply is a false alarm
# The labels as the model's classes: a question about risk is an ordinary message.
_CLASS_OF = {"suicide": "suicide", "despair": "despair", "emergency": "emergency", "crisis": "suicide"}


def training_folder() -> str:
    """Where the training sets are: inside the installed package, or tests/data in a source checkout."""
    packaged = os.path.join(PACKAGE_DIRECTORY, "safety", "training")
    if os.path.isdir(packaged):
        return packaged
    return os.path.join(os.path.dirname(PACKAGE_DIRECTORY), "tests", "data")


def labelled_messages(files: Sequence[str] = TRAINING_FILES) -> list[tuple[str, str]]:
    """(text, class) for every message of `files` (training files) and every phrasing of the knowledge."""
    import yaml  # here: only a source checkout trains at start-up; a prebuilt Bot carries its model

    from chatbot.knowledge import load_knowledge

    # Every value the sets hold is read as text (the base loader resolves no types): quicker, and all we need.
    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    labelled = []
    for name in files:
        with open(os.path.join(training_folder(), name), encoding="utf-8") as stream:
            document = yaml.load(stream, Loader=loader)
        labelled += [(text, _CLASS_OF.get(expect, "none")) for text, expect in cases_of(document)]
    knowledge = load_knowledge()
    labelled += [(q, "none") for entry in (*knowledge.entries, *knowledge.smalltalk) for q in entry.questions]
    return labelled


def cases_of(document: dict) -> list[tuple[str, str]]:
    """(text, expect) of a labelled set: `messages:` or `cases:` (safety and written sets), or the `pages:`
    of a real question set."""
    if "pages" in document:
        return [(q["text"], q["expect"]) for page in document["pages"] for q in page["questions"]]
    cases = document.get("messages") or document.get("cases") or []
    return [(case.get("text") or case["question"], case["expect"]) for case in cases]


def training_examples(files: Sequence[str] = TRAINING_FILES) -> list[tuple[list[str], str]]:
    """The training messages as the model reads them: their folded, respelled words (as words_for_safety
    reads a message, each distinct word respelled once, the swearing that only intensifies left out)."""
    folded = [(folded_for_safety(text).split(), label) for text, label in labelled_messages(files)]
    respelled = {word: respelled_word(word) for word in {word for words, _ in folded for word in words}}
    return [([respelled[word] for word in words if respelled[word]], label) for words, label in folded]


@cache
def shipped_model() -> CrisisModel:
    """The crisis model, once per process (an immutable value): the one the prebuilt Bot carries when there is
    a fresh one (the wheel's; its header covers these training messages too), else trained from them. A bot
    for another knowledge file reads messages with the same model, so it need not train it either."""
    from chatbot.knowledge import shipped_knowledge_path
    from chatbot.prebuilt import load_prebuilt

    prebuilt = load_prebuilt(shipped_knowledge_path())
    if prebuilt is not None:
        return prebuilt.crisis_model
    return train(training_examples(), THRESHOLD)
