"""`python -m chatbot` runs the command line."""

try:
    from chatbot.cli import command
except KeyboardInterrupt:  # Ctrl-C while the imports load: leave as main() does, without a traceback
    raise SystemExit(130) from None

raise SystemExit(command())
