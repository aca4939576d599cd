# Benchmarks of this area (printed figures, run by hand).
