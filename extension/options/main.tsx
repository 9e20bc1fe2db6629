import { render } from "preact";
import "../shared/ui/theme.css";
import "./options.css";
import { Options } from "./Options";

const app = document.getElementById("app");
if (app) render(<Options />, app);
