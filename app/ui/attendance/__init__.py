"""The attendance page: session picker, roster, walk-in form, counts and PDF sheet."""
