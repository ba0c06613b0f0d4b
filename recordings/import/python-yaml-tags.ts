import { Scalar, type ScalarTag, type CollectionTag, type YAMLSeq } from 'yaml';

// PyYAML's own tags, which vcrpy cassettes written by Python 2 (and some by Python 3) carry.
const PY = 'tag:yaml.org,2002:python/';

const asString = (name: string): ScalarTag => ({ tag: `${PY}${name}`, resolve: (text: string) => text });

/** `!!python/object/apply:codecs.encode [text, encoding]`: how PyYAML writes bytes that are not ASCII. */
const codecsEncode: CollectionTag = {
  tag: `${PY}object/apply:codecs.encode`,
  collection: 'seq',
  resolve(seq, onError) {
    const [text, encoding] = (seq as YAMLSeq).items.map((item) => (item instanceof Scalar ? item.value : item));
    if (typeof text !== 'string') return (onError('codecs.encode needs a string'), seq);
    const latin = typeof encoding === 'string' && /^(latin-?1|iso-?8859-?1)$/i.test(encoding);
    return new Scalar(Buffer.from(text, latin ? 'latin1' : 'utf8'));
  },
};

/** Custom tags for `yaml`'s parser: Python 2 strings as text, `!!binary` as bytes, codecs.encode as bytes. */
export const PYTHON_YAML_TAGS = [
  asString('unicode'),
  asString('str'),
  asString('bytes'),
  'binary' as const,
  codecsEncode,
];
