"""Python modules compiled from the Designer forms in forms/ (see ``desktop.ui.forms.build``)."""
