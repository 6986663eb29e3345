// Starts the web editor (Sveltia CMS) with the kit's own file formats for the YAML content
// files (kit-yaml.js): one per kind of file, described in kit-formats.js, which the build
// writes from the content schemas. kit-manual-init.js stopped Sveltia from starting by itself,
// so no file is read before the formats are known.

import { fromFile, toFile } from './kit-yaml.js';
import formats from './kit-formats.js';

const CMS = window.CMS;
for (const [name, shape] of Object.entries(formats)) {
  CMS.registerCustomFormat(name, 'yml', {
    fromFile: (text) => fromFile(text, shape),
    toFile: (data) => toFile(data, shape),
  });
}
CMS.init();
