"""Benchmarks: `python -m bench`. Each figure is a ratio to a baseline measured
in the same run, because this machine is shared and absolute times mean little."""
