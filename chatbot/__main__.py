"""`python -m chatbot` runs the command line."""

from chatbot.cli import main

raise SystemExit(main())
