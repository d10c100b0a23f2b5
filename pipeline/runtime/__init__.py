"""How work is executed: which runner and which graph shape a run gets (runners), where the
DoFns that extract and write run their jobs (executor: inline, or the warm process pool and its
fork server on Beam's in-process runner), and the process-level workarounds (exit, logging,
native memory), each with why and what measurement justified it. Nothing here knows about
articles or events.
"""
