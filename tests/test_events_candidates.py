"""The wide candidates and the learned scorer (pipeline.events.candidates, scorer)."""

import json

from pipeline.events import extract as extract_mod
from pipeline.events.candidates import _has_cue, cue_words
from pipeline.events.extract import MAX_SENTENCE_TOKENS, candidates, extract_events
from pipeline.events.scorer import load_model, score


def _keys(text, home=None):
    return {(c.etype, tuple(sorted(str((a.country or a.org, a.role))
                                   for a in (c.actor1, c.actor2) if a is not None)))
            for c, _ in candidates(text, "2025-01-05", home)}


def test_every_pair_near_a_trigger_is_a_candidate():
    text = ("استقبل وزير الخارجية المصري بدر عبد العاطي اليوم في القاهرة نظيره التركي "
            "هاكان فيدان بحضور السفير الأمريكي.")
    keys = _keys(text)
    assert ("MEET", ("('EGY', 'foreign_minister')", "('TUR', 'foreign_minister')")) in keys
    # the attendee is proposed too: deciding is the scorer's job
    assert any("('USA', 'official')" in pair for _, pair in keys)


def test_candidates_carry_features_and_the_rules_choice():
    text = "التقى وزير الخارجية المصري بدر عبد العاطي نظيره التركي هاكان فيدان في أنقرة."
    feats = {c.etype: f for c, f in candidates(text, "2025-01-05")}
    assert "rule=True" in feats["MEET"] and "type=MEET" in feats["MEET"]
    assert any(f.startswith("a_dist=") for f in feats["MEET"])


def test_home_country_completes_a_bare_title():
    text = "استقبل رئيس الجمهورية بقصر قرطاج وزير الخارجية الإيطالي."
    assert not any("TUN" in str(pair) for _, pair in _keys(text))
    assert ("MEET", ("('ITA', 'foreign_minister')", "('TUN', 'head_of_state')")) \
        in _keys(text, home="TUN")


def test_sport_and_negation_cues_are_features():
    cues = cue_words()
    assert "منتخب" in cues["sport"] and "لن" in cues["negation"]
    text = "قال إنه لا يعرف متى التقى وزير الخارجية المصري بدر عبد العاطي نظيره التركي."
    feats = next(f for c, f in candidates(text, "2025-01-05") if c.etype == "MEET")
    assert "neg_before=True" in feats
    # a negation that governs the trigger itself proposes no candidate at all
    text = "لن يلتقي وزير الخارجية المصري بدر عبد العاطي نظيره التركي هاكان فيدان."
    assert not [c for c, f in candidates(text, "2025-01-05") if c.etype == "MEET"]


def test_a_cue_phrase_matches_its_words_in_a_row():
    # «رجال الأعمال» is a business cue of two words: no token equals it, its words in a row do
    text = "التقى وزير الخارجية المصري بدر عبد العاطي وفدا من رجال الأعمال الأتراك في أنقرة."
    feats = next(f for c, f in candidates(text, "2025-01-05") if c.etype == "MEET")
    assert "business=True" in feats
    business = cue_words()["business"]
    assert _has_cue(["التقي", "ورجال", "الاعمال"], business)  # after a و clitic
    assert not _has_cue(["رجال", "الدين", "الاعمال"], business)  # not in a row
    assert not _has_cue(["الاعمال", "رجال"], business)


def test_cue_phrases_are_only_in_lists_matched_over_a_span_of_words():
    # the other lists are read one token at a time (trigger_frame_*, vague_quantity,
    # prepositions, reported_speech before an actor, clause_openers, with_words): a phrase
    # there would match nothing, silently
    over_a_span = {"negation", "modality", "attendance", "sport", "business", "media_culture"}
    several = {k for k, v in cue_words().items() if any(" " in w for w in v)}
    assert "business" in several and several <= over_a_span


def test_run_together_lines_propose_nothing():
    one = "التقى وزير الخارجية المصري بدر عبد العاطي نظيره التركي هاكان فيدان "
    ticker = one + " ".join(["خبر عاجل عن الطقس والأسعار في الأسواق"] * 30)
    assert len(ticker.split()) > MAX_SENTENCE_TOKENS
    assert candidates(one, "2025-01-05") and not candidates(ticker, "2025-01-05")


def test_scorer_threshold_decides(tmp_path, monkeypatch):
    text = "التقى وزير الخارجية المصري بدر عبد العاطي نظيره التركي هاكان فيدان في أنقرة."
    keep = {"bias": 5.0, "weights": {}, "threshold_rule": 0.5, "threshold_wide": 0.5}
    drop = dict(keep, weights={"type=MEET": -20.0})
    path = tmp_path / "m.json"
    path.write_text(json.dumps(keep))
    assert load_model(str(path))["bias"] == 5.0
    assert score(["type=MEET"], drop) < 0.01 < 0.99 < score(["type=MEET"], keep)
    monkeypatch.setattr(extract_mod, "load_model", lambda path=None: keep)
    kept = extract_events(text, "2025-01-05")
    monkeypatch.setattr(extract_mod, "load_model", lambda path=None: drop)
    assert kept and not extract_events(text, "2025-01-05")


def test_place_in_the_list_of_counterparts_is_a_feature_and_later_ones_are_kept():
    # «بالرئيس المصري والرئيس التونسي»: the second counterpart of one call is its own event;
    # its place in the list tells the scorer it is listed, not a stray mention further on
    text = "أجرى الرئيس الفرنسي أمس اتصالا هاتفيا بالرئيس المصري والرئيس التونسي."
    feats = {str(c.actor2.key): f for c, f in candidates(text, "2025-01-05")
             if "rule=True" in f}
    assert "listed=0" in feats["('EGY', 'head_of_state')"]
    assert "listed=1" in feats["('TUN', 'head_of_state')"]
    calls = {(e["actor2_country"], e["actor2_role"]) for e in extract_events(text, "2025-01-05")
             if e["event_type"] == "CALL"}
    assert calls == {("EGY", "head_of_state"), ("TUN", "head_of_state")}


def _meet_feats(text):
    return next(f for c, f in candidates(text, "2025-01-05") if c.etype in ("MEET", "CALL"))


def test_a_trigger_framed_by_another_clause_is_a_feature():
    # the talks are the topic of a statement, not the news told
    text = ("تحدث المحلل عن اجتماع مرتقب بين وزير الخارجية المغربي ناصر بوريطة ونظيره "
            "الإسباني خوسيه مانويل ألباريس.")
    assert "trig_frame=topic" in _meet_feats(text)
    # the call only dates another action
    text = ("أعلنت الحكومة فتح المعبر بعد اتصال هاتفي بين الرئيس الفرنسي إيمانويل ماكرون "
            "والرئيس المصري عبد الفتاح السيسي.")
    assert "trig_frame=background" in _meet_feats(text)
    text = "التقى وزير الخارجية المغربي ناصر بوريطة نظيره الإسباني خوسيه مانويل ألباريس."
    assert "trig_frame=-" in _meet_feats(text)


def test_on_behalf_of_is_no_topic_of_the_trigger():
    # «نيابة عن الملك» right before the verb: whom the attendee stands for, not a topic
    text = ("ونيابة عن العاهل الأردني حضر وزير الخارجية الأردني أيمن الصفدي مراسم تنصيب "
            "الرئيس الفرنسي في باريس.")
    feats = next(f for c, f in candidates(text, "2025-01-05") if c.etype == "VISIT")
    assert "trig_frame=-" in feats
    # near-miss: «عن» of speech before the trigger is still its topic
    text = ("تحدث وزير الخارجية الأردني أيمن الصفدي عن حضور مراسم تنصيب الرئيس الفرنسي في "
            "باريس.")
    assert all("trig_frame=topic" in f for c, f in candidates(text, "2025-01-05")
               if c.etype == "VISIT")


def test_a_vague_quantity_of_officials_is_a_feature():
    text = ("استقبل الرئيس التونسي في قرطاج وزير الخارجية الإيطالي وعددا من المسؤولين "
            "في إيطاليا.")
    feats = [f for c, f in candidates(text, "2025-01-05") if c.etype == "MEET"]
    assert any("b_vague=True" in f or "a_vague=True" in f for f in feats)
    assert any("b_vague=False" in f and "a_vague=False" in f for f in feats)


def test_no_wide_candidates_when_no_wide_one_can_be_kept(monkeypatch):
    text = ("استقبل وزير الخارجية المصري بدر عبد العاطي اليوم في القاهرة نظيره التركي "
            "هاكان فيدان بحضور السفير الأمريكي. وبحث الجانبان العلاقات الثنائية.")
    every = candidates(text, "2025-01-05")
    ruled = candidates(text, "2025-01-05", with_wide=False)
    assert any("rule=False" in f for _, f in every)
    # without the wide ones the rule frames' candidates are the same, features and all
    assert [(c.etype, c.status, c.date, str(c.actor1.key), f) for c, f in ruled] == \
        [(c.etype, c.status, c.date, str(c.actor1.key), f) for c, f in every
         if "rule=True" in f]
    made = []

    def spy(*args, **kwargs):
        made.append(args[3] if len(args) > 3 else kwargs.get("with_wide", True))
        return candidates(*args, **kwargs)

    monkeypatch.setattr(extract_mod, "candidates", spy)
    model = {"bias": 5.0, "weights": {}, "threshold_rule": 0.5, "threshold_wide": 1.01}
    monkeypatch.setattr(extract_mod, "load_model", lambda path=None: model)
    events = extract_events(text, "2025-01-05")
    assert events and made == [False]  # a score is at most 1: no wide candidate can pass
    monkeypatch.setattr(extract_mod, "load_model",
                        lambda path=None: dict(model, threshold_wide=0.99))
    extract_events(text, "2025-01-05")
    assert made == [False, True]


def test_a_run_on_lead_keeps_the_contact_of_its_opening():
    """A lead over MAX_SENTENCE_TOKENS that quotes a statement after the call it reports keeps
    the call of its punctuated opening; a party named only past the opening pairs with nothing."""
    clause = "وأضاف البيان أن الجانبين أكدا أهمية التعاون في مجالات الطاقة والتجارة،"
    statement = " ".join([clause] * 16)
    lead = ("بحث الرئيس الفرنسي إيمانويل ماكرون ونظيره المصري عبد الفتاح السيسي، خلال اتصال "
            "هاتفي أمس، الأوضاع في المنطقة، حسب ما أعلن الإليزيه، " + statement)
    assert len(lead.split()) > MAX_SENTENCE_TOKENS
    pairs = {(e["event_type"], e["actor1_country"], e["actor2_country"])
             for e in extract_events(lead, "2025-01-05")}
    assert ("CALL", "FRA", "EGY") in pairs
    # near miss: the second party only far past the opening
    late = ("بحث الرئيس الفرنسي إيمانويل ماكرون، خلال اتصال هاتفي أمس، الأوضاع في المنطقة، "
            + statement + " والتقى الرئيس المصري عبد الفتاح السيسي")
    assert not [c for c, _ in candidates(late, "2025-01-05") if c.actor2 is not None
                and c.actor2.country == "EGY"]
