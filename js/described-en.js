// The English first-draw build's descriptions and points' words (js/described.js).
import { announced } from './described.js';
import words from '../src/words/prepared/described.en.json';

export default announced(words);
