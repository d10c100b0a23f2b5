"""The cache of Beam's DoFn state/timer spec look-ups (pipeline.runtime.beam_specs) answers what
Beam answers, for every DoFn of the batch and stream graphs and their unpickled copies, and
leaves the DoFns whose answer may depend on the instance to Beam."""

import apache_beam as beam
from apache_beam.internal import pickler
from apache_beam.runners.portability.fn_api_runner import fn_runner
from apache_beam.transforms import userstate
from apache_beam.transforms.timeutil import TimeDomain
from apache_beam.typehints.typecheck import TypeCheckWrapperDoFn

from pipeline.batch import build_pipeline
from pipeline.config import load_config
from pipeline.context import RunContext
from pipeline.runtime.beam_specs import _specs_key, cache_dofn_specs, cached
from pipeline.stream import build_stream

BEAM = getattr(userstate.get_dofn_specs, "uncached", userstate.get_dofn_specs)


class _CollectDoFns(beam.pipeline.PipelineVisitor):
    def __init__(self):
        self.fns = []

    def visit_transform(self, node):
        fn = getattr(node.transform, "fn", None)
        if isinstance(fn, beam.DoFn):
            self.fns.append(fn)


def graph_dofns(tmp_path) -> list:
    ctx = RunContext.new(str(tmp_path / "lake"), load_config(None))
    fns = []
    for build in (lambda p: build_pipeline(p, ctx),
                  lambda p: build_stream(p, ctx, 2.0, 1, str(tmp_path / "stop"))):
        p = beam.Pipeline(runner=fn_runner.FnApiRunner())
        build(p)
        visitor = _CollectDoFns()
        p.visit(visitor)
        fns += visitor.fns
    return fns


class _Timed(beam.DoFn):
    TIMER = userstate.TimerSpec("t", TimeDomain.WATERMARK)
    STATE = userstate.ReadModifyWriteStateSpec("s", beam.coders.PickleCoder())

    def process(self, element, state=beam.DoFn.StateParam(STATE),
                timer=beam.DoFn.TimerParam(TIMER)):
        yield element

    @userstate.on_timer(TIMER)
    def fire(self):
        return []


class _Plain(beam.DoFn):
    def process(self, element):
        yield element


class _Rebound(beam.DoFn):
    """Chooses its process method per instance."""

    def __init__(self, timed: bool):
        super().__init__()
        self.process = self._timed if timed else self._plain

    def _timed(self, element, timer=beam.DoFn.TimerParam(_Timed.TIMER)):
        yield element

    def _plain(self, element):
        yield element


def test_cached_specs_are_beams_for_every_dofn_of_both_graphs_and_their_copies(tmp_path):
    calls = []

    def counted(dofn):
        calls.append(dofn)
        return BEAM(dofn)

    look_up = cached(counted)
    fns = graph_dofns(tmp_path)
    fns += [pickler.loads(pickler.dumps(fn)) for fn in fns]  # what bundle processors build
    fns += [_Timed(), _Timed(), _Plain(), _Plain()]
    answers = [look_up(fn) for fn in fns]
    assert answers == [BEAM(fn) for fn in fns]
    # asked once per kind of DoFn, not once per DoFn
    assert len(calls) < len(fns) / 4
    stateful = [fn for fn, (states, timers) in zip(fns, answers, strict=True) if states or timers]
    # the stream's keyed state: items seen, the story index
    assert {"KeepNewItemsFn", "StreamDeriveFn"} <= {type(fn).__name__ for fn in stateful}
    assert answers[-4] == ({_Timed.STATE}, {_Timed.TIMER})
    # callers get their own sets
    answers[-4][0].clear()
    assert look_up(_Timed()) == ({_Timed.STATE}, {_Timed.TIMER})


def test_dofns_whose_answer_may_depend_on_the_instance_are_not_cached():
    rebound = [_Rebound(True), _Rebound(False)]  # process: a bound method of the instance
    wrapped = beam.transforms.core.CallableWrapperDoFn(_Rebound(True)._timed)
    assert [_specs_key(fn) for fn in (*rebound, wrapped)] == [None, None, None]
    assert _specs_key(TypeCheckWrapperDoFn(_Timed(), _Timed().get_type_hints())) is None
    assert _specs_key(beam.Map(lambda x: x).fn) is not None
    assert _specs_key(_Plain()) == (_Plain, ())
    calls = []
    look_up = cached(lambda fn: calls.append(fn) or BEAM(fn))
    answers = [look_up(fn) for fn in (*rebound, wrapped, *rebound, wrapped)]
    assert answers == [BEAM(fn) for fn in (*rebound, wrapped, *rebound, wrapped)]
    assert answers[0] == (set(), {_Timed.TIMER})
    assert len(calls) == 6


def test_the_command_patches_beam_once():
    cache_dofn_specs()
    patched = userstate.get_dofn_specs
    cache_dofn_specs()
    assert userstate.get_dofn_specs is patched
    assert patched.uncached is BEAM
    assert userstate.is_stateful_dofn(_Timed()) and not userstate.is_stateful_dofn(_Plain())
