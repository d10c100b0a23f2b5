"""akhbar's pipeline: Beam transforms over pure functions, the runnable pipelines and the CLI."""
