// The English first-draw build's descriptions and points' words (js/described.js).
export { default } from '../src/words/prepared/described.en.json';
