// Sveltia CMS starts by itself unless told otherwise: kit-editor.js starts it, once the kit's
// file formats are registered.
window.CMS_MANUAL_INIT = true;
