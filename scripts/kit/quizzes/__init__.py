"""Quizzes ("Tìm hiểu về ASEAN"): docs/_data/quizzes/*.yml loaded, checked and turned into pages
scored in the visitor's browser."""
